package dev.newsbot.retrieval.search;

import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.PassageSource;
import dev.newsbot.retrieval.store.ScoredId;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds passages for a question: bm25 over bigram terms (SQLite FTS5, or in a large archive the
 * store's term index) and cosine similarity of embeddings, fused by reciprocal rank.
 */
public final class Retriever {

  /** Candidates each method contributes to fusion. */
  static final int DEPTH = 50;
  /** Reciprocal rank fusion constant (Cormack et al. use 60; a smaller one trusts the top more). */
  static final double RRF_K = 20;
  /**
   * The dense ranking's vote in the fusion, the lexical one's being 1. Measured on the dev set and
   * the 103 more questions: lexical search alone beats the fusion at equal votes (dev hit@5 0.95
   * vs 0.93), half a vote gives both sets their best figures (dev hit@1 0.90, hit@5 0.95).
   * That holds while the lexical query searches the whole question; see {@link #denseWeight}.
   */
  static final double DENSE_WEIGHT = 0.5;

  private final IndexStore store;
  private final SearchMode mode;

  public Retriever(IndexStore store, SearchMode mode) {
    this.store = store;
    this.mode = mode;
  }

  /** The best {@code limit} passages, best first. {@code queryVector} may be null in lexical mode. */
  public List<Hit> retrieve(Query query, float[] queryVector, PassageSource passages, int limit) {
    return retrieve(query, queryVector, passages, limit, null);
  }

  /**
   * The best {@code limit} passages among those of {@code issues} (all when it is null): the
   * lexical ranking keeps its order over them, the dense one is the ranking of them alone, so a
   * few issues of a large archive (a question about "yesterday") are searched whole. Only the
   * passages that make the cut are read from {@code passages}.
   */
  public List<Hit> retrieve(Query query, float[] queryVector, PassageSource passages, int limit, Set<Long> issues) {
    List<ScoredId> lexical = mode == SearchMode.DENSE ? List.of() : lexical(query);
    float[] unit = mode == SearchMode.LEXICAL || queryVector == null ? null : VectorIndex.unit(queryVector);
    List<PassageSource.Near> dense = unit == null ? List.of() : passages.nearest(unit, DEPTH, issues);
    if (issues != null) {
      lexical = passages.within(lexical, issues);
    }
    List<Long> ids = new ArrayList<>(lexical.size() + dense.size());
    lexical.forEach(s -> ids.add(s.id()));
    dense.forEach(n -> ids.add(n.id()));
    Map<Long, Integer> keys = passages.keys(ids);

    Map<Integer, double[]> fused = new HashMap<>();
    Map<Integer, Long> idOf = new HashMap<>();
    for (int r = 0; r < lexical.size(); r++) {
      Integer key = keys.get(lexical.get(r).id());
      if (key != null) {
        double[] f = fused.computeIfAbsent(key, k -> new double[] {0, Double.NaN});
        f[0] += 1.0 / (RRF_K + r + 1);
        f[1] = lexical.get(r).score();
        idOf.put(key, lexical.get(r).id());
      }
    }
    double denseWeight = denseWeight(query);
    for (int r = 0; r < dense.size(); r++) {
      Integer key = keys.get(dense.get(r).id());
      if (key != null) {
        double[] f = fused.computeIfAbsent(key, k -> new double[] {0, Double.NaN});
        f[0] += denseWeight / (RRF_K + r + 1);
        idOf.put(key, dense.get(r).id());
      }
    }
    List<Map.Entry<Integer, double[]>> best = new ArrayList<>(fused.entrySet());
    best.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])); // stable: ties keep the map's order
    best = best.size() > limit ? best.subList(0, limit) : best;
    Map<Long, StoredChunk> chunks = passages.passages(best.stream().map(e -> idOf.get(e.getKey())).toList());
    List<Map.Entry<Integer, double[]>> found = best.stream().filter(e -> chunks.containsKey(idOf.get(e.getKey())))
        .toList();
    List<StoredChunk> chosen = found.stream().map(e -> chunks.get(idOf.get(e.getKey()))).toList();
    double[] similarity = unit == null ? null : passages.similarities(chosen, unit);
    List<Hit> hits = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      double[] f = found.get(k).getValue();
      hits.add(new Hit(chosen.get(k), f[0], f[1], similarity == null ? Double.NaN : similarity[k]));
    }
    return hits;
  }

  /**
   * bm25 over the question's rarest terms (FTS5); in an archive where some of them are too common
   * for FTS5 to search in time, over every term with the store's engine that can
   * ({@link IndexStore#matchEvery}), unless it lags the store.
   */
  public List<ScoredId> lexical(Query query) {
    if (query.leftOutTerms()) {
      Optional<List<ScoredId>> every = store.matchEvery(query.everyTerm(), DEPTH);
      if (every.isPresent()) {
        return every.get();
      }
    }
    return store.match(query.searchTerms(), DEPTH);
  }

  /**
   * {@link #DENSE_WEIGHT} when the question's rarest terms are rare, an equal vote when some are
   * common enough (Query.MAX_POSTINGS) to mark a large archive: there the lexical ranking, even of
   * every term, finds fewer answers than at seed scale, the look-alike passages being many.
   * Measured with the dev questions over the synthetic million passages, every term searched by
   * the term index, dev answers in the top ten: 0.83 with the half vote, 0.85 with 0.75, 0.93 with
   * an equal vote (0.88 when FTS5 searched only what was left of the rarest terms). At seed scale
   * no term is that common and nothing changes.
   */
  static double denseWeight(Query query) {
    return query.leftOutTerms() ? 1 : DENSE_WEIGHT;
  }
}
