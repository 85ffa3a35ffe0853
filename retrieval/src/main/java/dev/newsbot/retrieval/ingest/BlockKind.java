package dev.newsbot.retrieval.ingest;

/** The shapes a block of an issue file can take. */
enum BlockKind {
  /** A markdown heading line ("#", "##", "###"). */
  HEADING,
  /** A short line without closing punctuation: a headline, kicker or subhead. */
  TITLE,
  /** Who wrote it or took the photo: "株洲日报全媒体记者/…", "通讯员/…", "记者/… 摄". */
  BYLINE,
  /** A bracketed section label such as 【呼声】. */
  LABEL,
  /** A photo caption: text followed by a photo credit. */
  CAPTION,
  /** Running text. */
  BODY
}
