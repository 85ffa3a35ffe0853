package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.ingest.Author;
import dev.newsbot.retrieval.ingest.ParagraphKind;
import dev.newsbot.retrieval.text.Whitespace;
import java.util.List;

/**
 * An indexed article with its numbered paragraphs.
 *
 * @param authors      who wrote, signed or photographed it
 * @param continuation true for the rest of a story continued from another page (its title is that story's)
 */
public record StoredArticle(StoredIssue issue, int ordinal, String title, String byline, List<Author> authors,
    boolean continuation, List<StoredParagraph> paragraphs) {

  public StoredArticle {
    authors = List.copyOf(authors);
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

  /**
   * The subhead printed above the paragraph holding {@code offset}, so that a quote from a long
   * story names the part it stands under; "" when none precedes it.
   */
  public String sectionAt(int offset) {
    StoredParagraph subhead = null;
    for (StoredParagraph p : paragraphs) {
      if (p.start() > offset) {
        break;
      }
      if (p.kind() == ParagraphKind.SUBHEAD) {
        subhead = p;
      }
    }
    // as printed: without the emphasis marks ("**") extraction leaves inside a heading
    return subhead == null ? ""
        : Whitespace.normalize(issue.text().substring(subhead.start(), subhead.end())).replace("**", "");
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
