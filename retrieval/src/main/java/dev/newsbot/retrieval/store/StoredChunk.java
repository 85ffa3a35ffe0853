package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.text.Whitespace;

/**
 * An indexed passage; {@code index} is its position in the corpus snapshot. Its text is read
 * from the issue's text on demand, so that the snapshot holds every issue's text only once.
 */
public record StoredChunk(int index, long id, StoredIssue issue, StoredArticle article, int paragraph, int start, int end) {

  /** The passage's text, whitespace normalised. */
  public String text() {
    return Whitespace.normalize(issue.text().substring(start, end));
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
