package dev.newsbot.retrieval;

/**
 * What a health check and metrics read of an open index.
 *
 * @param generation      the store generation the answers come from (the snapshot in memory)
 * @param storeGeneration the generation the store file holds now; larger when another process
 *                        committed since the snapshot was taken
 * @param issues          indexed issues in the snapshot
 * @param passages        passages in the snapshot
 * @param bytes           disk the index takes: the file, its write-ahead log and the term index
 *                        beside it (-1 when unknown)
 */
public record IndexState(long generation, long storeGeneration, int issues, int passages, long bytes) {

  /** True when the answers come from what the store holds now. */
  public boolean current() {
    return generation == storeGeneration;
  }
}
