package dev.newsbot.retrieval.ingest;

import java.util.List;

/**
 * One article of an issue.
 *
 * @param ordinal    position in the issue, from 1
 * @param title      the headline (kicker and subtitle joined in), whitespace normalised
 * @param byline     the bylines found in the article, joined with "；", or "" when none
 * @param start      offset of the headline in the issue text
 * @param end        offset after the article's last paragraph
 * @param paragraphs the numbered paragraphs
 */
public record Article(int ordinal, String title, String byline, int start, int end, List<Paragraph> paragraphs) {

  public Article {
    paragraphs = List.copyOf(paragraphs);
  }
}
