package dev.newsbot.bot.conversation;

/** Telegram's HTML parse mode: the only escaping any text needs before it goes into a message. */
public final class Html {

  private Html() {}

  /** Escapes {@code & < > "} so that user and paper text can never open a tag or an entity. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
