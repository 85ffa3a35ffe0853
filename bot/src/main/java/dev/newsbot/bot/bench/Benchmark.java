package dev.newsbot.bot.bench;

import dev.newsbot.retrieval.bench.BenchModel;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.eval.EvalQuestion;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Runs the benchmarks in one process and writes the table with the machine, JVM and date. */
public final class Benchmark {

  private final Path seeds;
  private final Path work;
  private final List<EvalQuestion> questions;
  private final int rounds;
  private final int loadSeconds;

  public Benchmark(Path seeds, Path work, List<EvalQuestion> questions, int rounds, int loadSeconds) {
    this.seeds = seeds;
    this.work = work;
    this.questions = questions;
    this.rounds = rounds;
    this.loadSeconds = loadSeconds;
  }

  /** Runs the seed-scale part (unless {@code skipSeed}) and each scale; returns the markdown. */
  public String run(boolean skipSeed, List<Integer> scales, String command) throws Exception {
    Files.createDirectories(work);
    Report report = new Report();
    if (!skipSeed) {
      SeedBench.run(seeds, work, questions, rounds, loadSeconds, report);
    }
    if (!scales.isEmpty()) {
      try (BenchModel model = BenchModel.onnx(EmbeddingChoice.BGE_SMALL_ZH_V15)) {
        for (int passages : scales) {
          ScaleBench.run(seeds, work, passages, questions, rounds, model, report);
        }
      }
    }
    return header(command) + report.markdown();
  }

  private static String header(String command) throws IOException {
    Runtime rt = Runtime.getRuntime();
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    return "Run: `" + command + "`  \n"
        + "Date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "  \n"
        + "Machine: " + rt.availableProcessors() + " cores (" + cpu + "), "
        + Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ") + "  \n"
        + "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
        + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()) + ", max heap "
        + rt.maxMemory() / (1024 * 1024) + " MB\n\n";
  }
}
