package dev.newsbot.bot.telegram;

/**
 * A run of text in one style; escaped only when a message is written, so that splitting a long
 * message can never cut a tag or an entity in half.
 */
record Span(String text, Style style) {

  enum Style {
    PLAIN("", ""),
    BOLD("<b>", "</b>"),
    ITALIC("<i>", "</i>");

    final String open;
    final String close;

    Style(String open, String close) {
      this.open = open;
      this.close = close;
    }
  }

  static Span plain(String text) {
    return new Span(text, Style.PLAIN);
  }

  static Span bold(String text) {
    return new Span(text, Style.BOLD);
  }

  static Span italic(String text) {
    return new Span(text, Style.ITALIC);
  }

  String html() {
    return text.isEmpty() ? "" : style.open + Html.escape(text) + style.close;
  }
}
