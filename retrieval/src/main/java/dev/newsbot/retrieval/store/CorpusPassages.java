package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.vectors.VectorIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passages of a whole snapshot in memory: every text, span and vector of the {@link Corpus};
 * a passage's key is its position in the corpus.
 */
public final class CorpusPassages implements PassageSource {

  private final Corpus corpus;
  private final Map<Long, StoredChunk> byId;

  public CorpusPassages(Corpus corpus) {
    this.corpus = corpus;
    this.byId = corpus.chunksById();
  }

  @Override
  public List<Near> nearest(float[] unit, int k, Set<Long> issues) {
    List<VectorIndex.Scored> scored;
    if (issues == null) {
      scored = corpus.vectors().nearest(unit, k);
    } else {
      scored = new ArrayList<>();
      for (StoredChunk c : corpus.chunks()) {
        if (issues.contains(c.issue().id())) {
          scored.add(new VectorIndex.Scored(c.index(), corpus.vectors().similarity(c.index(), unit)));
        }
      }
      scored.sort((a, b) -> Float.compare(b.similarity(), a.similarity()));
      scored = scored.size() > k ? scored.subList(0, k) : scored;
    }
    return scored.stream().map(s -> new Near(corpus.chunks().get(s.position()).id(), s.similarity())).toList();
  }

  @Override
  public List<ScoredId> within(List<ScoredId> ranked, Set<Long> issues) {
    return ranked.stream().filter(s -> byId.containsKey(s.id()) && issues.contains(byId.get(s.id()).issue().id()))
        .toList();
  }

  @Override
  public Map<Long, Integer> keys(Collection<Long> ids) {
    Map<Long, Integer> out = new HashMap<>();
    for (long id : ids) {
      StoredChunk c = byId.get(id);
      if (c != null) {
        out.put(id, c.index());
      }
    }
    return out;
  }

  @Override
  public Map<Long, StoredChunk> passages(Collection<Long> ids) {
    Map<Long, StoredChunk> out = new HashMap<>();
    for (long id : ids) {
      StoredChunk c = byId.get(id);
      if (c != null) {
        out.put(id, c);
      }
    }
    return out;
  }

  @Override
  public double[] similarities(List<StoredChunk> chunks, float[] unit) {
    double[] out = new double[chunks.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = corpus.vectors().similarity(chunks.get(k).index(), unit);
    }
    return out;
  }

  /** Neighbours in the corpus list, which keeps articles together. */
  @Override
  public List<StoredChunk> sameArticle(StoredChunk chunk) {
    return sameArticle(chunk, corpus.chunks());
  }

  /** The passages of {@code chunk}'s article among {@code all} (which keeps articles together) around its index. */
  static List<StoredChunk> sameArticle(StoredChunk chunk, List<StoredChunk> all) {
    if (all.isEmpty() || chunk.index() >= all.size() || all.get(chunk.index()) != chunk) {
      return List.of();
    }
    int from = chunk.index();
    while (from > 0 && all.get(from - 1).article() == chunk.article()) {
      from--;
    }
    int to = chunk.index();
    while (to + 1 < all.size() && all.get(to + 1).article() == chunk.article()) {
      to++;
    }
    return all.subList(from, to + 1);
  }

  @Override
  public WholeIssue whole(StoredIssue issue) {
    return new WholeIssue(issue, corpus.articles().getOrDefault(issue.id(), List.of()));
  }
}
