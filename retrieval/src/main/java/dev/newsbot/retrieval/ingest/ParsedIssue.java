package dev.newsbot.retrieval.ingest;

import java.util.List;

/**
 * An issue file parsed into articles.
 *
 * @param file     the file's name (no folder)
 * @param text     the file's whole text; every offset points into it
 * @param meta     paper and date
 * @param articles the articles, in order
 */
public record ParsedIssue(String file, String text, IssueMeta meta, List<Article> articles) {

  public ParsedIssue {
    articles = List.copyOf(articles);
  }
}
