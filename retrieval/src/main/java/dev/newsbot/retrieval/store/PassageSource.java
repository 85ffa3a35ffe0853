package dev.newsbot.retrieval.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a question's passages are read from: the snapshot in memory ({@link CorpusPassages}), or
 * a store that keeps them and is asked for the few a question needs (the Solr store's). Issue
 * ids are those of the {@link Corpus} the source was made with; a filter of issues is a set of
 * them, null for every issue.
 */
public interface PassageSource {

  /** A passage near a query vector: its id and cosine similarity. */
  record Near(long id, float similarity) {}

  /** An issue with its text and its articles. */
  record WholeIssue(StoredIssue issue, List<StoredArticle> articles) {}

  /** The {@code k} passages most similar to the unit-length {@code unit}, best first, among those of {@code issues}. */
  List<Near> nearest(float[] unit, int k, Set<Long> issues);

  /** The entries of {@code ranked} whose passage is in one of {@code issues}, in order. */
  List<ScoredId> within(List<ScoredId> ranked, Set<Long> issues);

  /**
   * A number for each passage of {@code ids} that answers can see (missing: one they cannot, as a
   * passage committed after the snapshot), unique among them: what rankings are fused by.
   */
  Map<Long, Integer> keys(Collection<Long> ids);

  /** The passages of {@code ids}, by id; one the answers cannot see is left out. */
  Map<Long, StoredChunk> passages(Collection<Long> ids);

  /** The cosine similarity of each of {@code chunks} with the unit-length {@code unit}, in order. */
  double[] similarities(List<StoredChunk> chunks, float[] unit);

  /** The passages of {@code chunk}'s article, in order; none when its issue is no longer there. */
  List<StoredChunk> sameArticle(StoredChunk chunk);

  /** {@code issue} (one of the corpus's) with its text and articles; null when it is no longer there. */
  WholeIssue whole(StoredIssue issue);
}
