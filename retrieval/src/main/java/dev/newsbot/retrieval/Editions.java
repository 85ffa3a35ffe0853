package dev.newsbot.retrieval;

import dev.newsbot.retrieval.ingest.IssueMeta;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which indexed issue a new file is a corrected edition of. Under an indexed issue's file name,
 * it is that issue when it names the same paper and the same date (or neither has a date); under another name, it is the
 * one indexed issue of the same paper and the same date when both dates were given (by a sidecar
 * or the file name), not inferred from the text: two issues whose dates were guessed alike are
 * not taken for one.
 */
final class Editions {

  private Editions() {}

  static Optional<IssueInfo> of(String name, IssueMeta meta, List<IssueInfo> issues) {
    for (IssueInfo i : issues) {
      if (i.issue().equals(name)) {
        return meta.paper().equals(i.paper()) && Objects.equals(meta.date(), i.date()) ? Optional.of(i)
            : Optional.empty();
      }
    }
    if (meta.date() == null || meta.dateInferred()) {
      return Optional.empty();
    }
    List<IssueInfo> same = issues.stream().filter(i -> !i.dateInferred() && meta.paper().equals(i.paper())
        && Objects.equals(meta.date(), i.date())).toList();
    return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
  }
}
