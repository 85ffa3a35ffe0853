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

  /** Fewer letters than this in every paragraph: nothing an answer could quote. */
  static final int MIN_LETTERS = 8;

  public ParsedIssue {
    articles = List.copyOf(articles);
  }

  /** True when some paragraph holds readable text, not only punctuation, numbers or noise. */
  public boolean hasReadableText() {
    return articles.stream().flatMap(a -> a.paragraphs().stream())
        .anyMatch(p -> p.text().codePoints().filter(Character::isLetter).count() >= MIN_LETTERS);
  }
}
