package dev.newsbot.retrieval.index;

/** An indexed passage; {@code index} is its position in the corpus snapshot's arrays. */
public record StoredChunk(
    int index, long id, StoredIssue issue, StoredArticle article, int paragraph, int start, int end, String text) {}
