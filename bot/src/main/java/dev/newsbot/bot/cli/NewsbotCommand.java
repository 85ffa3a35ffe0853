package dev.newsbot.bot.cli;

import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.config.ConfigException;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: with no subcommand it runs the Telegram bot when a token is set, the console chat otherwise. */
@Command(name = "newsbot", mixinStandardHelpOptions = true, version = "newsbot 0.1.0",
    description = "Answers questions about a local newspaper, quoting it verbatim.",
    subcommands = {IndexCommand.class, AskCommand.class, ChatCommand.class, EvalCommand.class, RunCommand.class,
        HealthCommand.class, BenchCommand.class, FeedbackCommand.class, BackupCommand.class})
public final class NewsbotCommand implements Callable<Integer> {

  /** Exit codes besides 0: a bug, a mistake in the settings or on the command line, a refused issue file. */
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int REJECTED = 3;
  /** Standard output was closed (e.g. {@code | head -1}): as a process ended by SIGPIPE reports. */
  static final int OUTPUT_CLOSED = 141;

  /** Read when present and --config names no other file. */
  static final Path DEFAULT_CONFIG = Path.of("config", "newsbot.properties");

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (default: config/newsbot.properties when it exists).")
  Path configFile;

  private Config config;

  /** Runs the command line and returns the exit code. */
  public static int execute(String... args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.setOut(out);
    System.setErr(err);
    CommandLine cli = new CommandLine(new NewsbotCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setParameterExceptionHandler((e, params) -> {
      CommandLine where = e.getCommandLine();
      err.println("newsbot: " + withoutJavaNames(e.getMessage()) + ". See: newsbot "
          + (where.getParent() == null ? "" : where.getCommandName() + " ") + "--help");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof ConfigException || e instanceof UserError) {
        err.println("newsbot: " + e.getMessage());
        return USAGE;
      }
      if (e instanceof RejectedIssueException) {
        err.println("newsbot: " + e.getMessage());
        return REJECTED;
      }
      LoggerFactory.getLogger(NewsbotCommand.class).debug("failure", e);
      err.println("newsbot: " + (e.getMessage() == null || e.getMessage().isBlank()
          ? "an unexpected failure (a bug; run with -Dorg.slf4j.simpleLogger.defaultLogLevel=debug for details)"
          : withoutJavaNames(e.getMessage())));
      return FAILED;
    });
    return cli.execute(args);
  }

  /**
   * A message without the Java type names that picocli and the JDK put in theirs ("cannot convert
   * 'x' to interface java.nio.file.Path (java.nio.file.InvalidPathException: Nul character…)").
   */
  static String withoutJavaNames(String message) {
    String javaType = "(?:java|javax|jdk|sun|com|org)\\.[\\w.$]+";
    return message
        .replaceAll(" \\(" + javaType + "(?:Exception|Error): ([^)]*)\\)", ": $1")
        .replaceAll(" \\(" + javaType + "(?:Exception|Error)\\)", "")
        .replaceAll("(?:class|interface) (?:[a-z]\\w*\\.)+([A-Z][\\w$]*)", "$1")
        .replaceAll("(?:java|javax|jdk|sun)\\.(?:[a-z]\\w*\\.)+([A-Z][\\w$]*)", "$1")
        .replaceAll("\\b[A-Z]\\w*(?:Exception|Error): ", "");
  }

  /** The settings, loaded on first use. */
  Config config() {
    if (config == null) {
      Path file = configFile != null ? configFile : Files.exists(DEFAULT_CONFIG) ? DEFAULT_CONFIG : null;
      config = Config.load(file, System.getenv());
    }
    return config;
  }

  @Override
  public Integer call() throws Exception {
    if (!config().token().isEmpty()) {
      return new RunCommand().runWith(this);
    }
    return new ChatCommand().runWith(this);
  }
}
