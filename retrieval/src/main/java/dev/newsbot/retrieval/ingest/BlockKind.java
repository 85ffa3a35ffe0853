package dev.newsbot.retrieval.ingest;

/** The shapes a block of an issue file can take. */
enum BlockKind {
  /** A markdown heading line ("#", "##", "###"). */
  HEADING,
  /** A short line without closing punctuation: a headline, kicker or subhead. */
  TITLE,
  /** Who wrote it or took the photo: "株洲日报全媒体记者/…", "通讯员/…", "记者/… 摄". */
  BYLINE,
  /** An author signing an article, a unit and a name or a name alone: "市委党校 易理", "何春林". */
  SIGNATURE,
  /** Page staff: "责任编辑:… 美术编辑:…", "制图:…"; no article's text or author. */
  STAFF,
  /** A page marker or running head: "第02版", "2024年3月9日 星期六 第02版 要闻". */
  PAGE,
  /** Where the rest of a story starts: "◀◀上接01版", "(上接第1版)", maybe with its headline repeated. */
  CONTINUED_FROM,
  /** Where the first part of a story stops: "(下转02版)". */
  CONTINUED_TO,
  /** A bracketed section label such as 【呼声】. */
  LABEL,
  /** A photo caption: text followed by a photo credit. */
  CAPTION,
  /** Running text. */
  BODY
}
