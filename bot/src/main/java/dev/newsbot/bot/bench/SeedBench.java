package dev.newsbot.bot.bench;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.bench.ArchiveProbe;
import dev.newsbot.retrieval.bench.BenchModel;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.indexing.IndexProgress;
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
  /** Untimed rounds over the questions first, so that the JIT has compiled the answer path. */
  private static final int WARM_UP_ROUNDS = 3;
  /** Fresh processes timed from launch to their first answer. */
  private static final int STARTS = 3;

  private SeedBench() {}

  static void run(Path seeds, Path work, List<EvalQuestion> questions, int rounds, int loadSeconds, Report report)
      throws Exception {
    Path data = work.resolve("seed-data");
    List<String> passages;
    try (NewsIndex index = NewsIndex.open(data, EmbeddingChoice.DEFAULT)) {
      index.indexFolder(seeds, false, IndexProgress.NONE);
    }
    try (ArchiveProbe probe = ArchiveProbe.open(data)) {
      passages = probe.passageTexts();
    }
    List<Double> langchain = new ArrayList<>();
    List<Double> batched = new ArrayList<>();
    List<Double> int8 = new ArrayList<>();
    try (BenchModel perText = BenchModel.langchain4j(EmbeddingChoice.BGE_SMALL_ZH_V15);
        BenchModel encoder = BenchModel.onnx(EmbeddingChoice.BGE_SMALL_ZH_V15);
        BenchModel quantized = BenchModel.onnx(EmbeddingChoice.BGE_SMALL_ZH_V15_Q)) {
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
      for (int r = 0; r < WARM_UP_ROUNDS; r++) { // a running bot is warm; the first answer is the start-up row
        for (EvalQuestion q : questions) {
          index.ask(q.question());
        }
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
    }
    AskProcess fresh = new AskProcess(data, EmbeddingChoice.DEFAULT.key(), List.of());
    List<Double> starts = new ArrayList<>();
    long startPeak = 0;
    for (int r = 0; r < STARTS; r++) {
      AskProcess.Run run = fresh.askOne(questions.get(r % questions.size()).question());
      starts.add(run.seconds());
      startPeak = Math.max(startPeak, run.peakMb());
    }
    report.row("start-up with the seed index to the first answer (`java -jar bot/target/newsbot.jar ask \"…\"`,"
            + " whole process, " + STARTS + " runs)", "model load ≈ 1.2 s",
        String.format(Locale.ROOT, "median %.2f s (%.2f–%.2f s), peak %d MB resident", median(starts),
            starts.stream().min(Double::compare).orElseThrow(), starts.stream().max(Double::compare).orElseThrow(),
            startPeak), "≤ 3 s");
    List<EvalQuestion> repeated = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      repeated.addAll(questions);
    }
    AskProcess.Run all = fresh.askAll(repeated);
    report.row("resident memory at seed scale (`ask --json` answering the " + questions.size() + " dev questions × "
            + rounds + ", whole process, default JVM options)", "—",
        String.format(Locale.ROOT, "peak %d MB resident (%.1f s from launch to the last answer)", all.peakMb(),
            all.seconds()), "≤ 600 MB");
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
