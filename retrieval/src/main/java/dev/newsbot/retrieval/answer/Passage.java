package dev.newsbot.retrieval.answer;

/**
 * A retrieved chunk of an article.
 *
 * @param rank  1 for the best
 * @param issue the issue's file name
 * @param title the article's headline
 * @param start offset of the chunk in the issue text, inclusive
 * @param end   offset of the chunk's end, exclusive
 * @param text  the chunk's text, whitespace normalised
 * @param score the fused retrieval score (higher is better; comparable within one question)
 */
public record Passage(int rank, String issue, String title, int start, int end, String text, double score) {}
