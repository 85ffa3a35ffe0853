package dev.newsbot.retrieval;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.PassageSource;
import dev.newsbot.retrieval.store.StoredIssue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What answers are read from between two commits: the corpus (the whole index, or for a store
 * that keeps the passages its outline), where its passages are read, its issues' days, and its
 * issues as /sources lists them (made once a commit: the bot looks at them every few seconds, and
 * their pages take a pass over every paragraph).
 */
record Snapshot(Corpus corpus, PassageSource passages, long generation, Set<LocalDate> issueDays,
    List<IssueInfo> issues) {

  static Snapshot of(Corpus corpus, PassageSource passages, long generation) {
    Set<LocalDate> days = corpus.issues().stream().map(StoredIssue::date).filter(Objects::nonNull)
        .collect(Collectors.toUnmodifiableSet());
    List<IssueInfo> issues = corpus.issues().stream().map(i -> Leads.info(corpus, i)).toList();
    return new Snapshot(corpus, passages, generation, days, issues);
  }

  /** The ids of the issues {@code which} accepts; null when it is null (every issue). */
  Set<Long> issueIds(Predicate<StoredIssue> which) {
    return which == null ? null
        : corpus.issues().stream().filter(which).map(StoredIssue::id).collect(Collectors.toUnmodifiableSet());
  }

  /** The issue of that file with its text and articles, if indexed. */
  PassageSource.WholeIssue whole(String file) {
    StoredIssue i = corpus.issue(file);
    return i == null ? null : passages.whole(i);
  }
}
