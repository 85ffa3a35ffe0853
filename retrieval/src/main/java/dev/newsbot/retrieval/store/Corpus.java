package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.vectors.ExactVectors;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable in-memory snapshot of the index: what questions are answered from. A new snapshot
 * replaces the old one after each indexing run commits.
 *
 * @param issues    indexed issues, oldest first
 * @param articles  articles of each issue (by issue id), in order
 * @param chunks    all passages; a passage's {@code index} is its position here
 * @param vectors   the passages' vectors, by position in {@code chunks}
 * @param termDocs  lexical term → number of passages that hold it
 * @param modelKey  the embedding model of the vectors, or null when the index is empty
 * @param passageCount the passages of the index: {@code chunks}' size, or, for an outline of an
 *                  index whose passages stay in the store ({@link IndexStore#outline}), theirs
 */
public record Corpus(
    List<StoredIssue> issues,
    Map<Long, List<StoredArticle>> articles,
    List<StoredChunk> chunks,
    VectorIndex vectors,
    Map<String, Integer> termDocs,
    String modelKey,
    int passageCount) {

  public Corpus {
    issues = issues.stream()
        .sorted(Comparator.comparing(StoredIssue::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoredIssue::file))
        .toList();
    articles = Map.copyOf(articles);
    chunks = List.copyOf(chunks);
    termDocs = Map.copyOf(termDocs);
  }

  /** A whole snapshot: every passage is in {@code chunks}. */
  public Corpus(List<StoredIssue> issues, Map<Long, List<StoredArticle>> articles, List<StoredChunk> chunks,
      VectorIndex vectors, Map<String, Integer> termDocs, String modelKey) {
    this(issues, articles, chunks, vectors, termDocs, modelKey, chunks.size());
  }

  public static Corpus empty() {
    return new Corpus(List.of(), Map.of(), List.of(), new ExactVectors(List.of()), Map.of(), null);
  }

  /** Chunk id → chunk. Built on demand; callers on hot paths should keep it. */
  public Map<Long, StoredChunk> chunksById() {
    Map<Long, StoredChunk> byId = new HashMap<>(chunks.size() * 2);
    for (StoredChunk c : chunks) {
      byId.put(c.id(), c);
    }
    return byId;
  }

  public StoredIssue issue(String file) {
    return issues.stream().filter(i -> i.file().equals(file)).findFirst().orElse(null);
  }

  /** Number of passages holding a term (0 when unknown). */
  public int docs(String term) {
    return termDocs.getOrDefault(term, 0);
  }
}
