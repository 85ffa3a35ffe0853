package dev.newsbot.retrieval.answer;

/**
 * Who a reply names after a quote's headline, and as what: for an article its author signed (a
 * commentary, a reader's letter) always, for staff bylines only when the question asks who wrote
 * or photographed it.
 *
 * @param role  as what they are named
 * @param names the names, joined with "、"; "" for {@link Role#NONE}
 */
public record Byline(Role role, String names) {

  /** Nobody named. */
  public static final Byline NONE = new Byline(Role.NONE, "");

  /** As what a reply names them. */
  public enum Role {
    NONE,
    AUTHOR,
    PHOTOGRAPHER
  }
}
