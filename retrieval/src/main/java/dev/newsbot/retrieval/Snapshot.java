package dev.newsbot.retrieval;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredIssue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What answers are read from between two commits: the corpus, its passages by id, its issues'
 * days, and its issues as /sources lists them (made once a commit: the bot looks at them every
 * few seconds, and their pages take a pass over every paragraph).
 */
record Snapshot(Corpus corpus, Map<Long, StoredChunk> byId, long generation, Set<LocalDate> issueDays,
    List<IssueInfo> issues) {

  static Snapshot of(Corpus corpus, long generation) {
    Set<LocalDate> days = corpus.issues().stream().map(StoredIssue::date).filter(Objects::nonNull)
        .collect(Collectors.toUnmodifiableSet());
    List<IssueInfo> issues = corpus.issues().stream().map(i -> Leads.info(corpus, i)).toList();
    return new Snapshot(corpus, corpus.chunksById(), generation, days, issues);
  }
}
