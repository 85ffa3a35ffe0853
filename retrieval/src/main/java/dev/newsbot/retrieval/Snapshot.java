package dev.newsbot.retrieval;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredIssue;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What answers are read from between two commits: the corpus, its passages by id, its issues' days. */
record Snapshot(Corpus corpus, Map<Long, StoredChunk> byId, long generation, Set<LocalDate> issueDays) {

  static Snapshot of(Corpus corpus, long generation) {
    Set<LocalDate> days = corpus.issues().stream().map(StoredIssue::date).filter(Objects::nonNull)
        .collect(Collectors.toUnmodifiableSet());
    return new Snapshot(corpus, corpus.chunksById(), generation, days);
  }
}
