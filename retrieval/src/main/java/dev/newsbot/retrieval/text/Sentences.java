package dev.newsbot.retrieval.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at Chinese and Western sentence ends, keeping closing quotes with
 * the sentence they close, and at line breaks (inside a block they separate list items, a title
 * from its kicker, a caption from its credit).
 */
public final class Sentences {

  /** A sentence's span, relative to the text that was split. */
  public record Span(int start, int end) {}

  private static final String ENDS = "。！？!?；;…";
  private static final String CLOSERS = "”’）)」』】";

  private Sentences() {}

  public static List<Span> split(CharSequence text) {
    List<Span> spans = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    int i = start;
    boolean openQuote = false;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        openQuote = !openQuote;
      }
      boolean end = ENDS.indexOf(c) >= 0 || (c == '.' && isWesternStop(text, i)) || c == '\n';
      i++;
      if (end) {
        while (i < n && (ENDS.indexOf(text.charAt(i)) >= 0 || CLOSERS.indexOf(text.charAt(i)) >= 0
            || (text.charAt(i) == '"' && openQuote))) {
          openQuote &= text.charAt(i) != '"';
          i++;
        }
        addTrimmed(text, spans, start, i);
        start = skipSpace(text, i);
        i = start;
      }
    }
    addTrimmed(text, spans, start, n);
    return spans;
  }

  private static boolean isWesternStop(CharSequence text, int i) {
    return i + 1 >= text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n';
  }

  private static void addTrimmed(CharSequence text, List<Span> spans, int start, int end) {
    int e = end;
    while (e > start && Whitespace.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e > start) {
      spans.add(new Span(start, e));
    }
  }

  private static int skipSpace(CharSequence text, int i) {
    while (i < text.length() && Whitespace.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
