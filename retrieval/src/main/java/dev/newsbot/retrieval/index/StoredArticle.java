package dev.newsbot.retrieval.index;

import dev.newsbot.retrieval.ingest.Paragraph;
import java.util.List;

/** An indexed article with its numbered paragraphs. */
public record StoredArticle(long issueId, int ordinal, String title, String byline, List<Paragraph> paragraphs) {

  public StoredArticle {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The paragraph whose span holds {@code offset}, or null. */
  public Paragraph paragraphAt(int offset) {
    for (Paragraph p : paragraphs) {
      if (p.start() <= offset && offset < p.end()) {
        return p;
      }
    }
    return null;
  }
}
