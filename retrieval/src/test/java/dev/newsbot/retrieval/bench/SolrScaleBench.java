package dev.newsbot.retrieval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.QuestionFiles;
import dev.newsbot.retrieval.StoreChoice;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.embed.OnnxEmbedder;
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
import dev.newsbot.retrieval.store.solr.SolrSettings;
import dev.newsbot.retrieval.store.solr.SolrTestCluster;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The SQLite store beside the Solr store in one run, over the seeds among synthetic issues
 * ({@link BenchModel#buildArchive}, {@code -Dbench.passages}, 100,000 by default) copied into the
 * test SolrCloud (MiniSolrCloudCluster: two Solr nodes and ZooKeeper in this JVM, so the memory
 * figures are the live heap an opened index holds, not a process's). Not a test of the normal run
 * (its name ends in neither Test nor IT): {@code mvn -o -pl retrieval test -Dtest=SolrScaleBench
 * -Dsurefire.failIfNoSpecifiedTests=false}; it writes {@code target/solr-bench.md}.
 */
class SolrScaleBench {

  private static final int ROUNDS = 2;

  private final StringBuilder out = new StringBuilder();

  @Test
  void sqliteBesideSolr() throws Exception {
    int passages = Integer.getInteger("bench.passages", 100_000);
    Path work = Path.of("target/solr-bench-" + passages);
    Path data = work.resolve("data");
    Path seeds = Path.of("../seeds");
    List<EvalQuestion> questions = QuestionFiles.read("dev-questions.jsonl");
    assertThat(questions).isNotEmpty();
    try (BenchModel model = BenchModel.onnx(EmbeddingChoice.DEFAULT);
        OnnxEmbedder embedder = OnnxEmbedder.load(EmbeddingChoice.DEFAULT)) {
      if (!Files.exists(data.resolve(NewsIndex.FILE_NAME))) {
        IndexReport r = model.buildArchive(seeds, work.resolve("seeds"), data, (int) (passages * 1.2), 300);
        line("SQLite: %d passages indexed in %.0f s: %.0f passages/s (synthetic vectors: parsing, FTS5, writes)",
            r.chunksAdded(), r.seconds(), r.chunksAdded() / r.seconds());
      }
      SolrSettings s = SolrTestCluster.newCollection("bench");
      StoreChoice solr = StoreChoice.solr(s.zkHosts().get(0) + s.zkChroot(), "", s.collection(), "", "", s.shards(),
          s.replicas(), s.timeout());
      long t0 = System.nanoTime();
      int total;
      try (NewsIndex sqlite = NewsIndex.open(data, embedder, SearchMode.HYBRID)) {
        total = sqlite.state().passages();
        sqlite.copyTo(solr, IndexProgress.NONE);
      }
      double copy = (System.nanoTime() - t0) / 1e9;
      line("Solr (%d shards x %d replicas, 2 nodes): %d passages copied in %.0f s: %.0f passages/s (vectors kept,"
          + " HNSW built on every replica)", s.shards(), s.replicas(), total, copy, total / copy);

      answers("SQLite", () -> NewsIndex.open(data, embedder, SearchMode.HYBRID), questions);
      answers("Solr", () -> NewsIndex.open(work.resolve("unused"), embedder, SearchMode.HYBRID, solr), questions);

      try (IndexStore lite = IndexStore.open(data.resolve(NewsIndex.FILE_NAME));
          SolrIndexStore cluster = SolrIndexStore.open(s, embedder.dimension())) {
        Corpus whole = lite.outline();
        Corpus outline = cluster.outline();
        searches(lite, whole, lite.passages(whole), cluster, outline, cluster.passages(outline), questions, embedder);
      }
    }
    Files.writeString(Path.of("target/solr-bench.md"), out.toString(), StandardCharsets.UTF_8);
    System.out.println(out);
  }

  private void answers(String name, Supplier<NewsIndex> open, List<EvalQuestion> questions) {
    long before = liveHeapMb();
    long t0 = System.nanoTime();
    try (NewsIndex index = open.get()) {
      index.ask(questions.get(0).question());
      double first = (System.nanoTime() - t0) / 1e9;
      long held = liveHeapMb() - before;
      List<Double> times = new ArrayList<>();
      for (int r = 0; r < ROUNDS; r++) {
        for (EvalQuestion q : questions) {
          long a = System.nanoTime();
          index.ask(q.question());
          times.add((System.nanoTime() - a) / 1e6);
        }
      }
      EvalReport e = index.evaluate(questions);
      line("%s: open to first answer %.1f s; live heap held by the open index %d MB; full answer %s; dev hit@10 %.2f,"
          + " answer in reply %.2f", name, first, held, summary(times), e.hitAt10(), e.answerInReply());
    }
  }

  private void searches(IndexStore lite, Corpus whole, PassageSource memory, IndexStore cluster, Corpus outline,
      PassageSource remote, List<EvalQuestion> questions, OnnxEmbedder embedder) {
    List<Double> lexLite = new ArrayList<>();
    List<Double> lexSolr = new ArrayList<>();
    List<Double> denseLite = new ArrayList<>();
    List<Double> denseSolr = new ArrayList<>();
    double recall = 0;
    for (int r = 0; r < ROUNDS; r++) {
      for (EvalQuestion q : questions) {
        Query ql = Query.of(q.question(), whole);
        Query qs = Query.of(q.question(), outline);
        time(lexLite, () -> new Retriever(lite, SearchMode.LEXICAL).lexical(ql));
        time(lexSolr, () -> new Retriever(cluster, SearchMode.LEXICAL).lexical(qs));
        float[] unit = VectorIndex.unit(embedder.embedQuery(q.question()));
        List<PassageSource.Near> exact = time(denseLite, () -> memory.nearest(unit, 10, null));
        List<PassageSource.Near> knn = time(denseSolr, () -> remote.nearest(unit, 10, null));
        if (r == 0) {
          Set<String> truth = new HashSet<>(spans(memory, exact));
          recall += spans(remote, knn).stream().filter(truth::contains).count() / 10.0;
        }
      }
    }
    line("lexical (bm25, 50 best): SQLite %s; Solr %s; p95 ratio Solr/SQLite %.2f", summary(lexLite),
        summary(lexSolr), p(lexSolr, 0.95) / p(lexLite, 0.95));
    line("dense top-10: SQLite exact float32 in memory %s; Solr knn (HNSW, %dx oversampled) %s; recall@10 vs exact"
        + " %.3f; p95 ratio %.2f", summary(denseLite), 4, summary(denseSolr), recall / questions.size(),
        p(denseSolr, 0.95) / p(denseLite, 0.95));
  }

  private static List<String> spans(PassageSource source, List<PassageSource.Near> near) {
    Collection<Long> ids = near.stream().map(PassageSource.Near::id).toList();
    return source.passages(ids).values().stream().map(SolrScaleBench::span).toList();
  }

  private static String span(StoredChunk c) {
    return c.issue().file() + ":" + c.start() + "-" + c.end();
  }

  private static <T> T time(List<Double> into, Supplier<T> call) {
    long t = System.nanoTime();
    T result = call.get();
    into.add((System.nanoTime() - t) / 1e6);
    return result;
  }

  private static String summary(List<Double> ms) {
    return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms (n=%d)", p(ms, 0.5), p(ms, 0.95), ms.size());
  }

  private static double p(List<Double> ms, double q) {
    List<Double> sorted = ms.stream().sorted().toList();
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
  }

  private static long liveHeapMb() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }

  private void line(String format, Object... args) {
    String l = String.format(Locale.ROOT, format, args);
    System.out.println(l);
    out.append("- ").append(l).append('\n');
  }
}
