package dev.newsbot.retrieval.store.solr;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.StoredArticle;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredIssue;
import dev.newsbot.retrieval.store.StoredVectors;
import dev.newsbot.retrieval.vectors.ExactVectors;
import dev.newsbot.retrieval.vectors.QuantizedVectors;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;

/**
 * Reads the current issue versions into a {@link Corpus}, as the SQLite store's loader does:
 * texts once per issue, passages as spans in id order, vectors exact up to
 * {@link VectorIndex#EXACT_LIMIT} passages and quantised above, and each term's passage count.
 */
final class CorpusReader {

  private final Reads reads;

  CorpusReader(Reads reads) {
    this.reads = reads;
  }

  Corpus load(StoreState state) throws SolrServerException, IOException {
    Map<Long, StoredIssue> issues = new HashMap<>();
    Map<Long, List<StoredArticle>> articles = new HashMap<>();
    reads.forEach(Reads.current("issue", state), "vid", d -> {
      StoredIssue issue = IssueDocs.readIssue(d);
      issues.put(issue.id(), issue);
      articles.put(issue.id(), IssueDocs.readArticles(d, issue));
    });
    List<StoredChunk> chunks = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    Map<String, Integer> termDocs = new HashMap<>();
    SolrQuery q = Reads.current("passage", state);
    if (q != null) {
      q.setFields("chunk_id", "vid", "article", "paragraph", "start", "end", "terms", "vector_bytes");
    }
    reads.forEach(q, "chunk_id", d -> {
      long vid = ((Number) d.getFirstValue("vid")).longValue();
      StoredIssue issue = issues.get(vid);
      int article = ((Number) d.getFirstValue("article")).intValue();
      chunks.add(new StoredChunk(chunks.size(), ((Number) d.getFirstValue("chunk_id")).longValue(), issue,
          articles.get(vid).get(article - 1), ((Number) d.getFirstValue("paragraph")).intValue(),
          ((Number) d.getFirstValue("start")).intValue(), ((Number) d.getFirstValue("end")).intValue()));
      vectors.add(VectorIndex.unit(StoredVectors.toFloats((byte[]) d.getFirstValue("vector_bytes"))));
      countTerms((String) d.getFirstValue("terms"), termDocs);
    });
    return new Corpus(new ArrayList<>(issues.values()), articles, chunks, vectorIndex(vectors), termDocs,
        state.model());
  }

  /**
   * The current issue versions without their texts, their articles' spans and each term's
   * passage count (from the term dictionary, {@link TermStats}): what answering holds in memory
   * when the passages stay in the collection ({@link SolrPassages}).
   */
  Corpus outline(StoreState state, TermStats terms) throws SolrServerException, IOException {
    List<StoredIssue> issues = new ArrayList<>();
    Map<Long, List<StoredArticle>> articles = new HashMap<>();
    SolrQuery q = Reads.current("issue", state);
    if (q != null) {
      q.setFields("vid", "file", "sha256", "paper", "date", "date_inferred", "article_count", "chunk_count",
          "articles");
    }
    int[] passages = {0};
    reads.forEach(q, "vid", d -> {
      StoredIssue issue = IssueDocs.readIssue(d);
      issues.add(issue);
      articles.put(issue.id(), IssueDocs.readArticles(d, issue));
      passages[0] += issue.chunks();
    });
    Map<String, Integer> termDocs = issues.isEmpty() ? Map.of() : terms.read();
    return new Corpus(issues, articles, List.of(), new ExactVectors(List.of()), termDocs, state.model(),
        passages[0]);
  }

  private static void countTerms(String terms, Map<String, Integer> termDocs) {
    Set<String> seen = new HashSet<>();
    for (String t : terms.split(" ")) {
      if (!t.isEmpty() && seen.add(t)) {
        termDocs.merge(t, 1, Integer::sum);
      }
    }
  }

  private static VectorIndex vectorIndex(List<float[]> vectors) {
    if (vectors.size() <= VectorIndex.EXACT_LIMIT) {
      return new ExactVectors(vectors);
    }
    int dim = vectors.get(0).length;
    float[] mean = new float[dim];
    int sample = Math.min(10_000, vectors.size());
    for (int i = 0; i < sample; i++) {
      for (int k = 0; k < dim; k++) {
        mean[k] += vectors.get(i)[k] / sample;
      }
    }
    QuantizedVectors.Builder b = new QuantizedVectors.Builder(dim, vectors.size(), mean);
    vectors.forEach(b::add);
    return b.build();
  }
}
