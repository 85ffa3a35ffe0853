package dev.newsbot.retrieval.ingest;

import java.util.List;

/**
 * One article of an issue.
 *
 * @param ordinal      position in the issue, from 1
 * @param title        the headline (kicker and subtitle joined in), whitespace normalised; for the
 *                     rest of a story continued from another page, the headline of that story
 * @param byline       the credit lines found in the article as printed, joined with "；", or ""
 * @param authors      who wrote it, signed it or took its photos
 * @param continuation true for the rest of a story continued from another page ("◀◀上接01版")
 * @param start        offset of the headline (or of the first paragraph) in the issue text
 * @param end          offset after the article's last paragraph
 * @param paragraphs   the numbered paragraphs
 */
public record Article(int ordinal, String title, String byline, List<Author> authors, boolean continuation,
    int start, int end, List<Paragraph> paragraphs) {

  public Article {
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
  }
}
