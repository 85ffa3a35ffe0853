package dev.newsbot.retrieval.ingest;

/** What is embedded and searched for a passage: its headline first, then its text. */
public final class PassageText {

  private PassageText() {}

  public static String forEmbedding(String title, String text) {
    return title.isEmpty() ? text : title + "\n" + text;
  }
}
