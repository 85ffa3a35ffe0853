package dev.newsbot.retrieval.ingest;

/**
 * A numbered paragraph of an article. A sentence that PDF extraction broke across a column break
 * is one paragraph whose span covers both pieces.
 *
 * @param n     number within the article, from 1
 * @param kind  body, subhead, caption or label
 * @param start offset in the issue text, inclusive
 * @param end   offset in the issue text, exclusive
 * @param text  the span's text, whitespace normalised
 * @param page  the page it is printed on, from the page markers; 0 when the issue has none
 */
public record Paragraph(int n, ParagraphKind kind, int start, int end, String text, int page) {}
