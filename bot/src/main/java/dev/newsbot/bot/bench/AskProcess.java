package dev.newsbot.bot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.retrieval.bench.PeakResident;
import dev.newsbot.retrieval.eval.EvalQuestion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Duration;

/**
 * The jar's {@code ask} command as a fresh process, started the way a user starts it: how long it
 * takes from launch to its last answer, and its peak resident memory. The benchmark's own process
 * cannot tell either: it has loaded three models and built archives before it gets there.
 *
 * <p>The peak is Linux's VmHWM of the child, read every few milliseconds while it runs
 * ({@link PeakResident}).
 */
final class AskProcess {

  /** A child that has not answered in this long is stuck; the benchmark stops it. */
  private static final long TIMEOUT_MINUTES = 15;

  record Run(double seconds, long peakMb) {}

  private final Path data;
  private final String model;
  private final List<String> jvmOptions;
  private final Map<String, String> settings;

  /**
   * @param data the index folder ({@code data.dir})
   * @param model the embedding model the index was built with ({@code embedding.model})
   * @param jvmOptions options for the child's JVM, e.g. {@code -Xmx2g}
   */
  AskProcess(Path data, String model, List<String> jvmOptions) {
    this(data, model, jvmOptions, Map.of());
  }

  /** The same, with NEWSBOT_* variables besides (e.g. the solr.* settings); the SQLite store when they name none. */
  AskProcess(Path data, String model, List<String> jvmOptions, Map<String, String> settings) {
    this.data = data;
    this.model = model;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.settings = Map.copyOf(settings);
  }

  /** {@code ask QUESTION}: start-up with an existing index to the first answer. */
  Run askOne(String question) throws IOException, InterruptedException {
    return run(List.of("ask", question), null);
  }

  /** {@code ask --json} fed the questions on standard input: memory after answering them all. */
  Run askAll(List<EvalQuestion> questions) throws IOException, InterruptedException {
    return askLines(questions.stream().map(q -> Map.of("id", q.id(), "question", q.question())).toList());
  }

  /** {@code ask --json} fed these questions, numbered: its peak resident memory, as the Solr comparison reads it. */
  PeakResident.Run askEach(List<String> questions) throws IOException, InterruptedException {
    List<Map<String, String>> lines = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      lines.add(Map.of("id", Integer.toString(i + 1), "question", questions.get(i)));
    }
    Run run = askLines(lines);
    return new PeakResident.Run(run.seconds(), run.peakMb());
  }

  private Run askLines(List<Map<String, String>> questions) throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (Map<String, String> q : questions) {
      lines.append(json.writeValueAsString(q)).append('\n');
    }
    Path input = Files.createTempFile("newsbot-bench", ".jsonl");
    try {
      Files.writeString(input, lines, StandardCharsets.UTF_8);
      return run(List.of("ask", "--json"), input);
    } finally {
      Files.deleteIfExists(input);
    }
  }

  private Run run(List<String> arguments, Path stdin) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(arguments);
    Path log = Files.createTempFile("newsbot-bench", ".log");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(log.toFile());
    builder.environment().put("NEWSBOT_STORE_TYPE", "sqlite");
    builder.environment().put("NEWSBOT_DATA_DIR", data.toAbsolutePath().toString());
    builder.environment().put("NEWSBOT_EMBEDDING_MODEL", model);
    builder.environment().remove("NEWSBOT_TELEGRAM_TOKEN");
    builder.environment().putAll(settings);
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    try {
      PeakResident.Run run = PeakResident.watch(builder, log, Duration.ofMinutes(TIMEOUT_MINUTES));
      return new Run(run.seconds(), run.peakMb());
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** The jar this benchmark runs from: the child runs the same build. */
  private static Path jar() {
    try {
      Path self = Path.of(AskProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!self.toString().endsWith(".jar")) {
        throw new IllegalStateException("the benchmark starts `ask` processes from its own jar; run it as"
            + " `java -jar bot/target/newsbot.jar bench` (running from " + self + ")");
      }
      return self;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the newsbot jar: " + e.getMessage(), e);
    }
  }
}
