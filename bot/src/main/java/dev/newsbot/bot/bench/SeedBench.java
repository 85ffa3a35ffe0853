package dev.newsbot.bot.bench;

import dev.newsbot.retrieval.EmbeddingChoice;
import dev.newsbot.retrieval.IndexProgress;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.index.Langchain4jEmbedder;
import dev.newsbot.retrieval.index.IndexStore;
import dev.newsbot.retrieval.index.OnnxEmbedder;
import dev.newsbot.retrieval.index.PassageText;
import dev.newsbot.retrieval.index.StoredChunk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The five seed issues with the real bge model: indexing throughput, answer latency, sustained load. */
final class SeedBench {

  /** Rounds of the indexing comparison; the methods take turns so that a busy moment hits all alike. */
  private static final int INDEXING_ROUNDS = 3;

  private SeedBench() {}

  static void run(Path seeds, Path work, List<EvalQuestion> questions, int rounds, int loadSeconds, Report report)
      throws Exception {
    Path data = work.resolve("seed-data");
    List<String> passages;
    try (NewsIndex index = NewsIndex.open(data, EmbeddingChoice.DEFAULT)) {
      index.indexFolder(seeds, false, IndexProgress.NONE);
    }
    try (IndexStore store = IndexStore.open(data.resolve(NewsIndex.FILE_NAME))) {
      passages = new ArrayList<>();
      for (StoredChunk c : store.load().chunks()) {
        passages.add(PassageText.forEmbedding(c.article().title(), c.text()));
      }
    }
    Langchain4jEmbedder perText = Langchain4jEmbedder.load(EmbeddingChoice.BGE_SMALL_ZH_V15);
    List<Double> langchain = new ArrayList<>();
    List<Double> batched = new ArrayList<>();
    List<Double> int8 = new ArrayList<>();
    try (OnnxEmbedder encoder = OnnxEmbedder.load(EmbeddingChoice.BGE_SMALL_ZH_V15);
        OnnxEmbedder quantized = OnnxEmbedder.load(EmbeddingChoice.BGE_SMALL_ZH_V15_Q)) {
      perText.embedPassages(passages.subList(0, 16));
      encoder.embedPassages(passages.subList(0, 16));
      quantized.embedPassages(passages.subList(0, 16));
      for (int r = 0; r < INDEXING_ROUNDS; r++) {
        langchain.add(throughput(() -> perText.embedPassages(passages), passages.size()));
        batched.add(throughput(() -> encoder.embedPassages(passages), passages.size()));
        int8.add(throughput(() -> quantized.embedPassages(passages), passages.size()));
      }
    }
    double reference = median(langchain);
    report.row("indexing, real model (embedding the " + passages.size() + " seed passages; median of "
            + INDEXING_ROUNDS + " alternating rounds)",
        String.format(Locale.ROOT, "langchain4j embedAll: %.1f passages/s", reference),
        String.format(Locale.ROOT, "%.1f passages/s (float model bge-small-zh-v15, one text per run on each core), %.2f× the reference; "
            + "%.1f passages/s (int8 model bge-small-zh-v15-q, the default, the same way), %.2f×", median(batched),
            median(batched) / reference, median(int8), median(int8) / reference),
        "≥ 50/s");

    try (NewsIndex index = NewsIndex.open(data, EmbeddingChoice.DEFAULT)) {
      for (EvalQuestion q : questions) {
        index.ask(q.question());
      }
      Timings answer = new Timings();
      for (int r = 0; r < rounds; r++) {
        for (EvalQuestion q : questions) {
          answer.time(() -> index.ask(q.question()));
        }
      }
      report.row("answer latency at seed scale, in process (" + questions.size() + " dev questions × " + rounds + ")",
          "embedding alone ≈ 4.6 ms", answer.summary(), "p50 ≤ 15 ms, p95 ≤ 40 ms");
      report.row("sustained questions/s at seed scale (4 client threads, " + loadSeconds + " s)", "—",
          String.format(Locale.ROOT, "%.1f questions/s", sustained(index, questions, loadSeconds)), "≥ 50/s");
      report.row("resident memory at seed scale (this process, after the above)", "—",
          Memory.summary(), "≤ 600 MB");
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double throughput(Runnable work, int count) {
    long t0 = System.nanoTime();
    work.run();
    return count / ((System.nanoTime() - t0) / 1e9);
  }

  private static double sustained(NewsIndex index, List<EvalQuestion> questions, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicLong answered = new AtomicLong();
    AtomicInteger next = new AtomicInteger();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long t0 = System.nanoTime();
    for (int t = 0; t < 4; t++) {
      pool.submit(() -> {
        while (System.nanoTime() < deadline) {
          index.ask(questions.get(Math.floorMod(next.getAndIncrement(), questions.size())).question());
          answered.incrementAndGet();
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    return answered.get() / ((System.nanoTime() - t0) / 1e9);
  }
}
