package dev.newsbot.bot.conversation;

/**
 * A run of text in one style; escaped only when a message is written, so that splitting a long
 * message can never cut a tag or an entity in half.
 */
public record Span(String text, Style style) {

  public enum Style {
    PLAIN("", ""),
    BOLD("<b>", "</b>"),
    ITALIC("<i>", "</i>");

    public final String open;
    public final String close;

    Style(String open, String close) {
      this.open = open;
      this.close = close;
    }
  }

  public static Span plain(String text) {
    return new Span(text, Style.PLAIN);
  }

  public static Span bold(String text) {
    return new Span(text, Style.BOLD);
  }

  public static Span italic(String text) {
    return new Span(text, Style.ITALIC);
  }

  public String html() {
    return text.isEmpty() ? "" : style.open + Html.escape(text) + style.close;
  }
}
