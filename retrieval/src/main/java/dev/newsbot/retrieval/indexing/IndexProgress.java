package dev.newsbot.retrieval.indexing;

/** Receives progress while issues are indexed; called from the indexing thread. */
@FunctionalInterface
public interface IndexProgress {

  /**
   * @param phase what is being done ("parsing", "embedding", "writing")
   * @param done  units done in this phase
   * @param total units in this phase
   */
  void update(String phase, int done, int total);

  IndexProgress NONE = (phase, done, total) -> {};
}
