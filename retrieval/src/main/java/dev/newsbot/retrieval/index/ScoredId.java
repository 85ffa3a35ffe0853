package dev.newsbot.retrieval.index;

/** A stored row's id with a score, higher is better. */
public record ScoredId(long id, double score) {}
