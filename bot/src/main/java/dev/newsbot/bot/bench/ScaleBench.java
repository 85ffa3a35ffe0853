package dev.newsbot.bot.bench;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.bench.SyntheticIssues;
import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.eval.Evaluation;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.search.Retriever;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.ScoredId;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.vectors.ExactVectors;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The seed issues among synthetic ones, to about {@code passages} passages, with vectors of the
 * model's geometry ({@link SyntheticVectors}): lexical and dense search, full answers, memory.
 */
final class ScaleBench {

  private ScaleBench() {}

  /** Synthetic paragraphs per wanted passage: the chunker keeps short paragraphs together. */
  private static final double PARAGRAPHS_PER_PASSAGE = 1.2;
  /** Heap of the fresh {@code ask} process at scale: room for a million passages' snapshot (1.4 GB live). */
  private static final String CHILD_HEAP = "-Xmx2g";

  static void run(Path seeds, Path work, int passages, List<EvalQuestion> questions, int rounds, Embedder model,
      Report report) throws Exception {
    String scale = String.format(Locale.ROOT, "%,d", passages);
    Path folder = work.resolve("scale-" + passages);
    Path issues = folder.resolve("seeds");
    Path data = folder.resolve("data");
    if (!Files.exists(data.resolve(NewsIndex.FILE_NAME))) {
      new SyntheticIssues(seeds, 1).write(issues, (int) (passages * PARAGRAPHS_PER_PASSAGE), 300);
      try (var files = Files.list(seeds)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          Files.copy(f, issues.resolve(f.getFileName()));
        }
      }
      try (NewsIndex index = NewsIndex.open(data, new SyntheticVectors(model, seeds), SearchMode.HYBRID)) {
        IndexReport r = index.indexFolder(issues, false, IndexProgress.NONE);
        report.note(String.format(Locale.ROOT, "%s passages: built from %d files in %.0f s (%.0f passages/s with the"
            + " synthetic vectors: parsing, FTS5 and SQLite writes alone).", scale, r.added().size(), r.seconds(),
            r.chunksAdded() / r.seconds()));
      }
    }
    long t0 = System.nanoTime();
    try (NewsIndex index = NewsIndex.open(data, model, SearchMode.HYBRID)) {
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      report.row("live heap at " + scale + " passages (this process, index loaded, " + String.format(Locale.ROOT,
          "%.0f", loadSeconds) + " s to open)", "—", Memory.liveHeapMb() + " MB live heap", "—");
      Timings answers = new Timings();
      for (int r = 0; r < rounds; r++) {
        for (EvalQuestion q : questions) {
          answers.time(() -> index.ask(q.question()));
        }
      }
      var quality = Evaluation.run(index, questions);
      report.row("full answer at " + scale + " passages", "—", answers.summary() + String.format(Locale.ROOT,
          "; dev hit@10 %.2f, answer in reply %.2f", quality.hitAt10(), quality.answerInReply()), "p95 ≤ 150 ms");
    }
    AskProcess.Run fresh = new AskProcess(data, model.modelKey(), List.of(CHILD_HEAP)).askAll(questions);
    report.row("memory at " + scale + " passages (`java " + CHILD_HEAP + " -jar bot/target/newsbot.jar ask --json`"
            + " answering the " + questions.size() + " dev questions, whole process)", "—",
        String.format(Locale.ROOT, "peak %d MB resident (%.0f s from launch to the last answer)", fresh.peakMb(),
            fresh.seconds()), "≤ 3 GB at 1M");
    try (IndexStore store = IndexStore.open(data.resolve(NewsIndex.FILE_NAME))) {
      Corpus corpus = store.load();
      lexical(store, corpus, questions, rounds, scale, report);
      dense(data, corpus, questions, rounds, scale, model, report);
    }
  }

  private static void lexical(IndexStore store, Corpus corpus, List<EvalQuestion> questions, int rounds, String scale,
      Report report) {
    Timings all = new Timings();
    Timings pruned = new Timings();
    double overlap = 0;
    int compared = 0;
    int answerable = 0;
    int fullHits = 0;
    int prunedHits = 0;
    Map<Long, StoredChunk> byId = corpus.chunksById();
    Retriever lexical = new Retriever(store, SearchMode.LEXICAL);
    int viaEngine = 0;
    for (int r = 0; r < rounds; r++) {
      for (EvalQuestion q : questions) {
        Query query = Query.of(q.question(), corpus);
        if (query.everyTerm().isEmpty()) {
          continue;
        }
        List<ScoredId> full = all.time(() -> store.match(query.everyTerm(), 10));
        List<ScoredId> fast = pruned.time(() -> top(lexical.lexical(query), 10));
        viaEngine += r == 0 && query.leftOutTerms() ? 1 : 0;
        if (r == 0) {
          Set<Long> ids = new HashSet<>();
          full.forEach(s -> ids.add(s.id()));
          overlap += full.isEmpty() ? 1 : fast.stream().filter(s -> ids.contains(s.id())).count() / (double) full.size();
          compared++;
          if (q.answer() != null) {
            answerable++;
            fullHits += anyHoldsAnswer(full, byId, q) ? 1 : 0;
            prunedHits += anyHoldsAnswer(fast, byId, q) ? 1 : 0;
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

  /** Whether one of the passages is from the question's issue and holds its answer (as eval counts a hit). */
  private static boolean anyHoldsAnswer(List<ScoredId> found, Map<Long, StoredChunk> byId, EvalQuestion q) {
    String expected = Evaluation.squash(q.answer());
    return found.stream().map(s -> byId.get(s.id()))
        .anyMatch(c -> c != null && Evaluation.holdsAnswer(q, expected, c.issue().file(), c.text()));
  }

  private static List<ScoredId> top(List<ScoredId> ranked, int n) {
    return ranked.size() > n ? ranked.subList(0, n) : ranked;
  }

  private static void dense(Path data, Corpus corpus, List<EvalQuestion> questions, int rounds, String scale,
      Embedder embedder, Report report) throws Exception {
    ExactVectors exact = exactVectors(data);
    Timings exactTime = new Timings();
    Timings indexTime = new Timings();
    double recall = 0;
    for (int r = 0; r < rounds; r++) {
      for (EvalQuestion q : questions) {
        float[] unit = VectorIndex.unit(embedder.embedQuery(q.question()));
        List<VectorIndex.Scored> truth = exactTime.time(() -> exact.nearest(unit, 10));
        List<VectorIndex.Scored> found = indexTime.time(() -> corpus.vectors().nearest(unit, 10));
        if (r == 0) {
          Set<Integer> ids = new HashSet<>();
          truth.forEach(s -> ids.add(s.position()));
          recall += found.stream().filter(s -> ids.contains(s.position())).count() / 10.0;
        }
      }
    }
    String kind = corpus.vectors() instanceof ExactVectors ? "exact float32" : "sign bits, then signed sums, then int8 ranking";
    report.row("dense top-10 at " + scale + " passages", "exact float32, all cores: " + exactTime.summary(),
        indexTime.summary() + String.format(Locale.ROOT, " (%s); recall@10 vs exact %.3f; p95 ratio %.2f", kind,
            recall / questions.size(), indexTime.p95() / exactTime.p95()), "p95 ≤ 50 ms, recall@10 ≥ 0.95");
  }

  /** Every stored vector as float32, for the exact reference. */
  private static ExactVectors exactVectors(Path data) throws Exception {
    List<float[]> all = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(NewsIndex.FILE_NAME));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT vector FROM vectors ORDER BY chunk_id")) {
      while (rs.next()) {
        byte[] b = rs.getBytes(1);
        float[] v = new float[b.length / 4];
        java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        all.add(VectorIndex.unit(v));
      }
    }
    return new ExactVectors(all);
  }

}
