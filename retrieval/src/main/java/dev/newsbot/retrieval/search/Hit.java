package dev.newsbot.retrieval.search;

import dev.newsbot.retrieval.store.StoredChunk;

/**
 * A retrieved passage with what each method thought of it.
 *
 * @param chunk      the passage
 * @param score      the fused score, higher is better
 * @param lexical    bm25 score (higher is better), or NaN when lexical search did not find it
 * @param similarity cosine similarity with the question, or NaN when not computed
 */
public record Hit(StoredChunk chunk, double score, double lexical, double similarity) {}
