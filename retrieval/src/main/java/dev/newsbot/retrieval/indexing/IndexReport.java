package dev.newsbot.retrieval.indexing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What one indexing run changed.
 *
 * @param added           issue files new to the index
 * @param changed         issue files whose content changed and were replaced
 * @param removed         issue files removed from the index (only when pruning was asked for)
 * @param unchanged       issue files whose content hash was already indexed
 * @param missing         indexed issues whose file is gone but that were kept (no pruning asked)
 * @param notPruned       indexed issues whose file is gone that a prune would have removed, kept
 *                        because they were all or more than half of the index and it was not forced
 * @param rejected        files that were not indexed, each with the reason
 * @param articlesAdded   articles written
 * @param articlesRemoved articles deleted
 * @param chunksAdded     chunks written (and embedded)
 * @param chunksRemoved   chunks deleted
 * @param seconds         wall time of the run
 * @param keptIn          the folder that holds the text of the issues removed or replaced, or null
 * @param coversFrom      earliest issue date in the index afterwards, or null
 * @param coversTo        latest issue date in the index afterwards, or null
 */
public record IndexReport(
    List<String> added,
    List<String> changed,
    List<String> removed,
    List<String> unchanged,
    List<String> missing,
    List<String> notPruned,
    List<String> rejected,
    int articlesAdded,
    int articlesRemoved,
    int chunksAdded,
    int chunksRemoved,
    double seconds,
    Path keptIn,
    LocalDate coversFrom,
    LocalDate coversTo) {

  public IndexReport {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    unchanged = List.copyOf(unchanged);
    missing = List.copyOf(missing);
    notPruned = List.copyOf(notPruned);
    rejected = List.copyOf(rejected);
  }

  /** True when the run changed nothing in the index. */
  public boolean isNoop() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }
}
