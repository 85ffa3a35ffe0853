package dev.newsbot.bot.cli;

import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.config.ConfigException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: with no subcommand it runs the Telegram bot when a token is set, the console chat otherwise. */
@Command(name = "newsbot", mixinStandardHelpOptions = true, version = "newsbot 0.1.0",
    description = "Answers questions about a local newspaper, quoting it verbatim.",
    subcommands = {IndexCommand.class, AskCommand.class, ChatCommand.class, EvalCommand.class, RunCommand.class,
        BenchCommand.class,
        FeedbackCommand.class})
public final class NewsbotCommand implements Callable<Integer> {

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
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof ConfigException || e instanceof UserError) {
        err.println("newsbot: " + e.getMessage());
        return 2;
      }
      err.println("newsbot: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    });
    return cli.execute(args);
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
