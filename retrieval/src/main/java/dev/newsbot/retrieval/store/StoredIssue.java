package dev.newsbot.retrieval.store;

import java.time.LocalDate;

/** An indexed issue as the store keeps it, with its whole text. */
public record StoredIssue(
    long id, String file, String sha256, String paper, LocalDate date, boolean dateInferred, String text,
    int articles, int chunks) {}
