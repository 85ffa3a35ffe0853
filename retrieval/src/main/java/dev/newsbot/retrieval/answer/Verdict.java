package dev.newsbot.retrieval.answer;

/**
 * Whether to answer, with the measure that decided.
 *
 * @param abstain true when the passages do not answer the question
 * @param support how well the best passage supports an answer, 0 to 1
 */
record Verdict(boolean abstain, double support) {}
