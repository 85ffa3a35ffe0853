package dev.newsbot.retrieval.bench;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.StoreChoice;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.eval.EvalReport;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.search.Retriever;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.PassageSource;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.solr.SolrIndexStore;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The SQLite store beside a SolrCloud collection in one run, over one archive: the seeds among
 * synthetic issues ({@link BenchModel#buildArchive}) indexed into SQLite and copied into the
 * collection. Open to the first answer, live heap held, full answers, lexical and dense search
 * (recall@10 of Solr's knn against exact search), and the peak resident memory of a fresh bot
 * process on each store. The bot's {@code bench --store solr} runs it against the configured
 * cluster, the retrieval tests' {@code SolrScaleBench} against the test SolrCloud; both write the
 * same section of docs/benchmarks.md.
 */
public final class SolrBeside {

  /** Its part of docs/benchmarks.md; the rest of the file is left as it is. */
  public static final GeneratedSection SECTION = new GeneratedSection("solr",
      "`bench --store solr` or the retrieval tests' SolrScaleBench");

  /** A fresh process that opens the index as the bot does and answers {@code questions}. */
  public interface FreshProcess {
    PeakResident.Run answer(List<String> questions) throws IOException, InterruptedException;
  }

  /** Synthetic paragraphs per wanted passage: the chunker keeps short paragraphs together. */
  private static final double PARAGRAPHS_PER_PASSAGE = 1.2;
  private static final int PARAGRAPHS_PER_ISSUE = 300;
  /** Solr's knn asks each shard this many times the passages wanted (SolrPassages). */
  private static final int OVERSAMPLING = 4;

  private final BenchModel model;
  private final Path seeds;
  private final Path folder;
  private final int passages;
  private final List<EvalQuestion> questions;
  private final int rounds;
  private final List<String> rows = new ArrayList<>();

  /**
   * @param work     the work folder; the archive is kept in {@code work/beside-PASSAGES} and reused
   * @param passages about how many passages the archive holds
   */
  public SolrBeside(BenchModel model, Path seeds, Path work, int passages, List<EvalQuestion> questions, int rounds) {
    this.model = model;
    this.seeds = seeds;
    this.folder = work.resolve("beside-" + passages);
    this.passages = passages;
    this.questions = List.copyOf(questions);
    this.rounds = rounds;
  }

  /** The SQLite index folder, for the fresh SQLite process. */
  public Path data() {
    return folder.resolve("data");
  }

  /** The questions a fresh process answers: the dev questions, {@code rounds} times. */
  public List<String> freshQuestions() {
    List<String> all = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      questions.forEach(q -> all.add(q.question()));
    }
    return all;
  }

  /**
   * Runs everything against {@code solr} (created with its shards and replicas when missing) and
   * returns the section: {@code heading} (machine, command, cluster) then the table.
   */
  public String run(StoreChoice solr, FreshProcess sqliteBot, FreshProcess solrBot, String heading) throws Exception {
    String built = "built in an earlier run, kept in the work folder";
    if (!Files.exists(data().resolve(NewsIndex.FILE_NAME))) {
      IndexReport r = model.buildArchive(seeds, folder.resolve("seeds"), data(),
          (int) (passages * PARAGRAPHS_PER_PASSAGE), PARAGRAPHS_PER_ISSUE);
      built = String.format(Locale.ROOT, "%.0f passages/s (synthetic vectors: parsing, FTS5, writes)",
          r.chunksAdded() / r.seconds());
    }
    int total;
    int issues;
    int copied;
    long t0 = System.nanoTime();
    try (NewsIndex sqlite = model.openIndex(data())) {
      total = sqlite.state().passages();
      issues = sqlite.state().issues();
      copied = sqlite.copyTo(solr, IndexProgress.NONE);
    }
    double copySeconds = (System.nanoTime() - t0) / 1e9;
    row("indexing", built, copied == issues
        ? String.format(Locale.ROOT, "%.0f passages/s copying from SQLite (vectors kept; HNSW built on every replica)",
            total / copySeconds)
        : "copied in an earlier run (" + copied + " of " + issues + " issues copied now), not timed", "—");

    Answers lite = answers(() -> model.openIndex(data()));
    Answers cloud = answers(() -> model.openIndex(data().resolveSibling("unused"), solr));
    row("open to the first answer (this process)", seconds(lite.firstSeconds), seconds(cloud.firstSeconds),
        ratio(cloud.firstSeconds / lite.firstSeconds));
    row("live heap held by the open index (this process)", lite.heldMb + " MB (snapshot)",
        cloud.heldMb + " MB (outline)", ratio(cloud.heldMb / (double) lite.heldMb));
    row("full answer p50 / p95", lite.times.pair(), cloud.times.pair(), "p95 " + ratio(cloud.times.p95() / lite.times.p95()));

    try (IndexStore sqliteStore = IndexStore.open(data().resolve(NewsIndex.FILE_NAME));
        SolrIndexStore cluster = SolrIndexStore.open(solr.solrSettings(), model.dimension())) {
      searches(sqliteStore, cluster);
    }
    row("dev hit@10, answer in reply", quality(lite.quality), quality(cloud.quality), "—");

    List<String> asked = freshQuestions();
    PeakResident.Run liteBot = sqliteBot.answer(asked);
    PeakResident.Run cloudBot = solrBot.answer(asked);
    row("bot process, peak resident (a fresh process opening the index as the bot does, answering " + asked.size()
            + " questions)", fresh(liteBot), fresh(cloudBot), ratio(cloudBot.peakMb() / (double) liteBot.peakMb()));

    return String.format(Locale.ROOT, "## SQLite beside SolrCloud at %,d passages%n%n", total) + heading
        + "\n\n| what | SQLite | Solr | ratio Solr/SQLite |\n|---|---|---|---|\n" + String.join("\n", rows) + "\n";
  }

  private record Answers(double firstSeconds, long heldMb, Timings times, EvalReport quality) {}

  private Answers answers(Supplier<NewsIndex> open) {
    long before = liveHeapMb();
    long t0 = System.nanoTime();
    try (NewsIndex index = open.get()) {
      index.ask(questions.get(0).question());
      double first = (System.nanoTime() - t0) / 1e9;
      long held = liveHeapMb() - before;
      Timings times = new Timings();
      for (int r = 0; r < rounds; r++) {
        for (EvalQuestion q : questions) {
          times.time(() -> index.ask(q.question()));
        }
      }
      return new Answers(first, held, times, index.evaluate(questions));
    }
  }

  private void searches(IndexStore lite, IndexStore cluster) {
    Corpus whole = lite.outline();
    Corpus outline = cluster.outline();
    PassageSource memory = lite.passages(whole);
    PassageSource remote = cluster.passages(outline);
    Timings lexLite = new Timings();
    Timings lexSolr = new Timings();
    Timings denseLite = new Timings();
    Timings denseSolr = new Timings();
    double recall = 0;
    for (int r = 0; r < rounds; r++) {
      for (EvalQuestion q : questions) {
        Query ql = Query.of(q.question(), whole);
        Query qs = Query.of(q.question(), outline);
        lexLite.time(() -> new Retriever(lite, SearchMode.LEXICAL).lexical(ql));
        lexSolr.time(() -> new Retriever(cluster, SearchMode.LEXICAL).lexical(qs));
        float[] unit = model.unitQuery(q.question());
        List<PassageSource.Near> exact = denseLite.time(() -> memory.nearest(unit, 10, null));
        List<PassageSource.Near> knn = denseSolr.time(() -> remote.nearest(unit, 10, null));
        if (r == 0) {
          Set<String> truth = new HashSet<>(spans(memory, exact));
          recall += spans(remote, knn).stream().filter(truth::contains).count() / 10.0;
        }
      }
    }
    row("lexical (bm25, 50 best) p50 / p95", lexLite.pair(), lexSolr.pair(), "p95 " + ratio(lexSolr.p95() / lexLite.p95()));
    row("dense top 10 p50 / p95", "exact float32 in memory: " + denseLite.pair(), String.format(Locale.ROOT,
        "knn (HNSW, each shard asked %d× wider): %s; recall@10 against exact %.3f", OVERSAMPLING, denseSolr.pair(),
        recall / questions.size()), "p95 " + ratio(denseSolr.p95() / denseLite.p95()));
  }

  private static List<String> spans(PassageSource source, List<PassageSource.Near> near) {
    List<Long> ids = near.stream().map(PassageSource.Near::id).toList();
    return source.passages(ids).values().stream().map(SolrBeside::span).toList();
  }

  private static String span(StoredChunk c) {
    return c.issue().file() + ":" + c.start() + "-" + c.end();
  }

  private void row(String what, String sqlite, String solr, String ratio) {
    String line = "| " + what + " | " + sqlite + " | " + solr + " | " + ratio + " |";
    System.out.println(line);
    rows.add(line);
  }

  private static String fresh(PeakResident.Run run) {
    return String.format(Locale.ROOT, "%d MB (%.0f s from launch to the last answer)", run.peakMb(), run.seconds());
  }

  private static String quality(EvalReport e) {
    return String.format(Locale.ROOT, "%.2f, %.2f", e.hitAt10(), e.answerInReply());
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1f s", s);
  }

  private static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2f", r);
  }

  private static long liveHeapMb() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }

  /** Durations in milliseconds with their median and 95th percentile. */
  private static final class Timings {
    private final List<Double> millis = new ArrayList<>();

    <T> T time(Supplier<T> work) {
      long t = System.nanoTime();
      T result = work.get();
      millis.add((System.nanoTime() - t) / 1e6);
      return result;
    }

    double p95() {
      return percentile(0.95);
    }

    private double percentile(double q) {
      List<Double> sorted = millis.stream().sorted().toList();
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)));
    }

    String pair() {
      return String.format(Locale.ROOT, "%.1f / %.1f ms (n=%d)", percentile(0.5), p95(), millis.size());
    }
  }
}
