package dev.newsbot.bot.reliability;

import dev.newsbot.bot.reliability.Figures.Row;
import dev.newsbot.bot.reliability.Figures.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes the suite's {@link Figures} when the test run ends (a resource in the root store is
 * closed after the last test class): always to {@code target/reliability.md}, and to
 * {@code docs/reliability.md} when the full suite ran with every section, so that the committed
 * figures always come from one complete run of the documented command.
 */
final class ReliabilityReport implements BeforeAllCallback {

  /** The one command that produces docs/reliability.md (the profile sets the size and the kills). */
  static final String COMMAND = "mvn -B -ntp -Preliability verify -pl bot -am";
  static final Path DOC = Path.of("..", "docs", "reliability.md");
  static final Path LOCAL = Path.of("target", "reliability.md");

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
      ReliabilityReport.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Writer.class, k -> new Writer(), Writer.class);
  }

  /** Closed by JUnit once, when the whole run is over. */
  static final class Writer implements AutoCloseable {
    private final ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);

    @Override
    public void close() {
      SuiteSize size = SuiteSize.current();
      CrashSafetyReport.addFigure();
      String markdown = markdown(size, started, Figures.rows());
      write(LOCAL, markdown);
      boolean complete = Arrays.stream(Section.values()).allMatch(Figures::covers);
      if (size.full() && complete) {
        write(DOC, markdown);
        System.err.println("reliability figures written to " + DOC.toAbsolutePath().normalize());
      } else {
        System.err.println("reliability figures (" + size.name() + (complete ? "" : ", incomplete") + ") written to "
            + LOCAL.toAbsolutePath() + "; docs/reliability.md comes from: " + COMMAND);
      }
    }

    private static void write(Path file, String text) {
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file.toAbsolutePath(), e);
      }
    }
  }

  static String markdown(SuiteSize size, ZonedDateTime when, List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Reliability and security figures\n\n");
    sb.append("Written by the reliability suite (`bot/src/test/java/dev/newsbot/bot/reliability/`) at the end of its ")
        .append("run; do not edit by hand. The suite starts the real bot (`TelegramBot.start`, production timings ")
        .append("and retry policy, 4 workers, 10 questions a minute per user; the hostile-input run raises the quota ")
        .append("so that it measures replies, not quota notices) against a Bot API server on 127.0.0.1, through the ")
        .append("real telegrambots client, with the real index of the seed issues (bge-small-zh-v1.5, SQLite). ")
        .append("Generated input and faults come from seed ").append(SuiteSize.SEED)
        .append(", so a run can be repeated; a row's figure is what that run measured. The Operations rows start ")
        .append("newsbot in JVMs of their own (`java … dev.newsbot.bot.Main`), as an operator or a supervisor does, ")
        .append("and read them from outside: exit codes, standard output and error, HTTP on 127.0.0.1.\n\n");
    sb.append("- Command: `").append(COMMAND).append("` (suite size `").append(size.name())
        .append("`; the normal `mvn -B -ntp verify` runs a smaller version and writes `bot/target/reliability.md`)\n");
    sb.append("- Date: ").append(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append('\n');
    sb.append("- Machine: ").append(machine()).append("\n\n");
    sb.append("| part | what | figure | target | met |\n|---|---|---|---|---|\n");
    rows.forEach(r -> row(sb, r));
    return sb.toString();
  }

  private static void row(StringBuilder sb, Row r) {
    sb.append("| ").append(r.section().title).append(" | ").append(cell(r.what())).append(" | ")
        .append(cell(r.figure())).append(" | ").append(cell(r.target())).append(" | ")
        .append(r.met() ? "yes" : "**no**").append(" |\n");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /** CPU, cores, memory, OS and Java of the machine that ran the suite. */
  static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
    } catch (IOException | RuntimeException e) {
      // not Linux: the other figures still say enough
    }
    long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getTotalMemorySize() : 0;
    return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB RAM, %s %s, Java %s (%s)", cpu,
        Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vendor"));
  }
}
