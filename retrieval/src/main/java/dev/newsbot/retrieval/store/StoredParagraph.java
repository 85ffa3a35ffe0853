package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.ingest.ParagraphKind;

/**
 * An indexed paragraph: only its span, so that a million passages fit in memory; the text is
 * read from the text when needed.
 *
 * @param n     number within the article, from 1
 * @param kind  body, subhead, caption or label
 * @param start offset in the issue text, inclusive
 * @param end   offset in the issue text, exclusive
 * @param page  the page it is printed on, 0 when the issue does not say
 */
public record StoredParagraph(int n, ParagraphKind kind, int start, int end, int page) {}
