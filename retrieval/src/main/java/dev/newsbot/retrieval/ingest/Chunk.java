package dev.newsbot.retrieval.ingest;

/**
 * A passage of an article: whole paragraphs, or sentences of a long one, of about 300 characters.
 *
 * @param article   the article's ordinal in its issue
 * @param paragraph the number of the paragraph it starts in
 * @param start     offset in the issue text, inclusive
 * @param end       offset in the issue text, exclusive
 * @param text      the span's text, whitespace normalised
 */
public record Chunk(int article, int paragraph, int start, int end, String text) {}
