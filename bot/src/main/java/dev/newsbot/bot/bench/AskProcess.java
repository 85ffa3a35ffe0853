package dev.newsbot.bot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.retrieval.eval.EvalQuestion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The jar's {@code ask} command as a fresh process, started the way a user starts it: how long it
 * takes from launch to its last answer, and its peak resident memory. The benchmark's own process
 * cannot tell either: it has loaded three models and built archives before it gets there.
 *
 * <p>The peak is Linux's VmHWM of the child, read every few milliseconds while it runs (it only
 * grows, so the last reading before the exit is the peak up to those last milliseconds).
 */
final class AskProcess {

  /** A child that has not answered in this long is stuck; the benchmark stops it. */
  private static final long TIMEOUT_MINUTES = 15;

  record Run(double seconds, long peakMb) {}

  private final Path data;
  private final String model;
  private final List<String> jvmOptions;

  /**
   * @param data the index folder ({@code data.dir})
   * @param model the embedding model the index was built with ({@code embedding.model})
   * @param jvmOptions options for the child's JVM, e.g. {@code -Xmx2g}
   */
  AskProcess(Path data, String model, List<String> jvmOptions) {
    this.data = data;
    this.model = model;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /** {@code ask QUESTION}: start-up with an existing index to the first answer. */
  Run askOne(String question) throws IOException, InterruptedException {
    return run(List.of("ask", question), null);
  }

  /** {@code ask --json} fed the questions on standard input: memory after answering them all. */
  Run askAll(List<EvalQuestion> questions) throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (EvalQuestion q : questions) {
      lines.append(json.writeValueAsString(Map.of("id", q.id(), "question", q.question()))).append('\n');
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
    builder.environment().put("NEWSBOT_DATA_DIR", data.toAbsolutePath().toString());
    builder.environment().put("NEWSBOT_EMBEDDING_MODEL", model);
    builder.environment().remove("NEWSBOT_TELEGRAM_TOKEN");
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    try {
      long t0 = System.nanoTime();
      Process child = builder.start();
      Path status = Path.of("/proc", Long.toString(child.pid()), "status");
      long peak = -1;
      long deadline = t0 + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
      while (!child.waitFor(5, TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, Memory.peakMb(status));
        if (System.nanoTime() > deadline) {
          child.destroyForcibly();
          throw new IllegalStateException(String.join(" ", arguments) + " did not finish in "
              + TIMEOUT_MINUTES + " minutes");
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (child.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + child.exitValue()
            + ": " + tail(Files.readString(log)));
      }
      return new Run(seconds, peak);
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

  private static String tail(String text) {
    return text.length() <= 2000 ? text : "…" + text.substring(text.length() - 2000);
  }
}
