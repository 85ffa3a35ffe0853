package dev.newsbot.retrieval.store;

/** A stored row's id with a score, higher is better. */
public record ScoredId(long id, double score) {}
