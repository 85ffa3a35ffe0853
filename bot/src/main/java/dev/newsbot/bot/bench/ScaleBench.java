package dev.newsbot.bot.bench;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.bench.ArchiveProbe;
import dev.newsbot.retrieval.bench.BenchModel;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.indexing.IndexReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The seed issues among synthetic ones, to about {@code passages} passages, with vectors of the
 * model's geometry ({@link BenchModel#buildArchive}): lexical and dense search, full answers, memory.
 */
final class ScaleBench {

  private ScaleBench() {}

  /** Synthetic paragraphs per wanted passage: the chunker keeps short paragraphs together. */
  private static final double PARAGRAPHS_PER_PASSAGE = 1.2;
  /** Heap of the fresh {@code ask} process at scale: room for a million passages' snapshot (1.4 GB live). */
  private static final String CHILD_HEAP = "-Xmx2g";

  static void run(Path seeds, Path work, int passages, List<EvalQuestion> questions, int rounds, BenchModel model,
      Report report) throws Exception {
    String scale = String.format(Locale.ROOT, "%,d", passages);
    Path folder = work.resolve("scale-" + passages);
    Path issues = folder.resolve("seeds");
    Path data = folder.resolve("data");
    if (!Files.exists(data.resolve(NewsIndex.FILE_NAME))) {
      IndexReport r = model.buildArchive(seeds, issues, data, (int) (passages * PARAGRAPHS_PER_PASSAGE), 300);
      report.note(String.format(Locale.ROOT, "%s passages: built from %d files in %.0f s (%.0f passages/s with the"
          + " synthetic vectors: parsing, FTS5 and SQLite writes alone).", scale, r.added().size(), r.seconds(),
          r.chunksAdded() / r.seconds()));
    }
    long t0 = System.nanoTime();
    try (NewsIndex index = model.openIndex(data)) {
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      report.row("live heap at " + scale + " passages (this process, index loaded, " + String.format(Locale.ROOT,
          "%.0f", loadSeconds) + " s to open)", "—", Memory.liveHeapMb() + " MB live heap", "—");
      Timings answers = new Timings();
      for (int r = 0; r < rounds; r++) {
        for (EvalQuestion q : questions) {
          answers.time(() -> index.ask(q.question()));
        }
      }
      var quality = index.evaluate(questions);
      report.row("full answer at " + scale + " passages", "—", answers.summary() + String.format(Locale.ROOT,
          "; dev hit@10 %.2f, answer in reply %.2f", quality.hitAt10(), quality.answerInReply()), "p95 ≤ 150 ms");
    }
    AskProcess.Run fresh = new AskProcess(data, model.key(), List.of(CHILD_HEAP)).askAll(questions);
    report.row("memory at " + scale + " passages (`java " + CHILD_HEAP + " -jar bot/target/newsbot.jar ask --json`"
            + " answering the " + questions.size() + " dev questions, whole process)", "—",
        String.format(Locale.ROOT, "peak %d MB resident (%.0f s from launch to the last answer)", fresh.peakMb(),
            fresh.seconds()), "≤ 3 GB at 1M");
    try (ArchiveProbe probe = ArchiveProbe.open(data)) {
      lexical(probe, questions, rounds, scale, report);
      dense(probe, questions, rounds, scale, model, report);
    }
  }

  private static void lexical(ArchiveProbe probe, List<EvalQuestion> questions, int rounds, String scale,
      Report report) {
    Timings all = new Timings();
    Timings pruned = new Timings();
    double overlap = 0;
    int compared = 0;
    int answerable = 0;
    int fullHits = 0;
    int prunedHits = 0;
    int viaEngine = 0;
    for (int r = 0; r < rounds; r++) {
      for (EvalQuestion q : questions) {
        ArchiveProbe.Lexical query = probe.lexical(q.question());
        if (!query.hasTerms()) {
          continue;
        }
        List<Long> full = all.time(() -> query.everyTermByFts5(10));
        List<Long> fast = pruned.time(() -> query.asAnswersSearch(10));
        viaEngine += r == 0 && query.leftOutTerms() ? 1 : 0;
        if (r == 0) {
          Set<Long> ids = new HashSet<>(full);
          overlap += full.isEmpty() ? 1 : fast.stream().filter(ids::contains).count() / (double) full.size();
          compared++;
          if (q.answer() != null) {
            answerable++;
            fullHits += probe.holdsAnswer(full, q) ? 1 : 0;
            prunedHits += probe.holdsAnswer(fast, q) ? 1 : 0;
          }
        }
      }
    }
    report.row("lexical query at " + scale + " passages", "FTS5 OR of every term (bigrams and words): " + all.summary(),
        pruned.summary() + String.format(Locale.ROOT, " (as answers search: %d of %d questions every term by Lucene,"
            + " the rest the 8 rarest terms + 4 rarest characters by FTS5); dev hit@10 %.2f, every-term FTS5 query %.2f;"
            + " top-10 overlap with it %.2f; p95 ratio %.2f", viaEngine, compared, prunedHits / (double) answerable,
            fullHits / (double) answerable, overlap / compared, pruned.p95() / all.p95()),
        "p95 ≤ 50 ms, same top-10 quality");
  }

  private static void dense(ArchiveProbe probe, List<EvalQuestion> questions, int rounds, String scale,
      BenchModel model, Report report) {
    ArchiveProbe.Dense dense = probe.dense(model);
    Timings exactTime = new Timings();
    Timings indexTime = new Timings();
    double recall = 0;
    for (int r = 0; r < rounds; r++) {
      for (EvalQuestion q : questions) {
        float[] unit = dense.unitQuery(q.question());
        List<Integer> truth = exactTime.time(() -> dense.exact(unit, 10));
        List<Integer> found = indexTime.time(() -> dense.index(unit, 10));
        if (r == 0) {
          Set<Integer> ids = new HashSet<>(truth);
          recall += found.stream().filter(ids::contains).count() / 10.0;
        }
      }
    }
    String kind = dense.indexIsExact() ? "exact float32" : "sign bits, then signed sums, then int8 ranking";
    report.row("dense top-10 at " + scale + " passages", "exact float32, all cores: " + exactTime.summary(),
        indexTime.summary() + String.format(Locale.ROOT, " (%s); recall@10 vs exact %.3f; p95 ratio %.2f", kind,
            recall / questions.size(), indexTime.p95() / exactTime.p95()), "p95 ≤ 50 ms, recall@10 ≥ 0.95");
  }
}
