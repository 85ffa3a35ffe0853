package dev.newsbot.bot.bench;

import dev.newsbot.retrieval.bench.BenchModel;
import dev.newsbot.retrieval.bench.GeneratedSection;
import dev.newsbot.retrieval.bench.Machine;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.eval.EvalQuestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** This run's part of docs/benchmarks.md; the rest of the file (notes, the Solr part) is kept. */
  static final GeneratedSection SECTION = new GeneratedSection("main", "`bench`");

  /** Writes {@code table} into this run's part of {@code file}, keeping the rest. */
  public static void write(Path file, String table) throws IOException {
    SECTION.write(file, "# Benchmarks", table);
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
    return Machine.heading(command) + "\n\n";
  }
}
