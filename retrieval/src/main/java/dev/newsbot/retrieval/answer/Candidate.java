package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.index.StoredChunk;

/**
 * A sentence (or a clause of a long one) that might answer the question.
 *
 * @param chunk    the passage it was found in
 * @param hitRank  the passage's rank, from 0
 * @param start    offset in the issue text, inclusive
 * @param end      offset in the issue text, exclusive
 * @param text     whitespace-normalised text of the span
 * @param score    how well it answers, higher is better
 * @param coverage share of the question's term weight that the sentence holds
 */
record Candidate(StoredChunk chunk, int hitRank, int start, int end, String text, double score, double coverage) {}
