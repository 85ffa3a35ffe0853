package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.text.Whitespace;
import java.util.List;

/** An indexed article with its numbered paragraphs. */
public record StoredArticle(StoredIssue issue, int ordinal, String title, String byline, List<StoredParagraph> paragraphs) {

  public StoredArticle {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The paragraph whose span holds {@code offset}, or null. */
  public StoredParagraph paragraphAt(int offset) {
    for (StoredParagraph p : paragraphs) {
      if (p.start() <= offset && offset < p.end()) {
        return p;
      }
    }
    return null;
  }

  /** Headline, byline and every paragraph, whitespace normalised, one per line. */
  public String fullText() {
    StringBuilder sb = new StringBuilder(title).append('\n').append(byline);
    for (StoredParagraph p : paragraphs) {
      sb.append('\n').append(Whitespace.normalize(issue.text().substring(p.start(), p.end())));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
