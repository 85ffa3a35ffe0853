package dev.newsbot.retrieval.ingest;

/** The kinds of numbered paragraph in an article. */
public enum ParagraphKind {
  BODY,
  SUBHEAD,
  CAPTION,
  LABEL;

  /** Whether passages are built from paragraphs of this kind. */
  public boolean searchable() {
    return this != LABEL;
  }
}
