package dev.newsbot.retrieval.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into sentences at Chinese and Western sentence ends, keeping closing quotes with
 * the sentence they close. A sentence never ends inside a pair of quotes or brackets that closes
 * later in the text ("他说:“…。…。”" is one sentence); an opening mark without its closer is a
 * PDF's loss and does not hold the rest of the text together. A line break is wrapping, not an
 * end, unless the next line starts a list item or a credit ("- …", "通讯员/…").
 */
public final class Sentences {

  /** A sentence's span, relative to the text that was split. */
  public record Span(int start, int end) {}

  private static final String ENDS = "。！？!?；;…";
  private static final String CLOSERS = "”’）)」』】》";
  private static final String OPENERS = "“‘（(「『【《";
  private static final Pattern NEW_LINE_ITEM = Pattern.compile(
      "^[ \\t\u3000]*(?:[-*•·]|\\d{1,2}[.、．]|(?:[\\p{IsHan}]{0,8}?(?:日报|报))?(?:全媒体|融媒体|首席|特约|见习|实习)?"
          + "(?:记者|通讯员|实习生|摄影|编辑|责任编辑|美术编辑)\\s*[/／:：\\s])");

  private Sentences() {}

  public static List<Span> split(CharSequence text) {
    List<Span> spans = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    int i = start;
    int depth = 0;
    boolean asciiQuote = false;
    while (i < n) {
      char c = text.charAt(i);
      boolean closedQuote = false;
      if (c == '"') {
        closedQuote = asciiQuote;
        asciiQuote = !asciiQuote && hasLater(text, i, '"');
      } else if (OPENERS.indexOf(c) >= 0 && closes(text, i)) {
        depth++;
      } else if (CLOSERS.indexOf(c) >= 0 && depth > 0) {
        depth--;
        closedQuote = true;
      }
      boolean outside = depth == 0 && !asciiQuote;
      boolean end = ((ENDS.indexOf(c) >= 0 || (c == '.' && isWesternStop(text, i))) && outside)
          || (closedQuote && outside && i > 0 && ENDS.indexOf(text.charAt(i - 1)) >= 0)
          || (c == '\n' && startsItem(text, i + 1));
      i++;
      if (end) {
        while (i < n && (ENDS.indexOf(text.charAt(i)) >= 0 || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
          i++;
        }
        addTrimmed(text, spans, start, i);
        start = skipSpace(text, i);
        i = start;
        depth = 0;
      }
    }
    addTrimmed(text, spans, start, n);
    return spans;
  }

  /** Whether the opening mark at {@code at} has its closer later in the text (quotes nest rarely). */
  private static boolean closes(CharSequence text, int at) {
    return hasLater(text, at, CLOSERS.charAt(OPENERS.indexOf(text.charAt(at))));
  }

  private static boolean hasLater(CharSequence text, int at, char wanted) {
    for (int k = at + 1; k < text.length(); k++) {
      if (text.charAt(k) == wanted) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsItem(CharSequence text, int from) {
    int lineEnd = from;
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
      lineEnd++;
    }
    return NEW_LINE_ITEM.matcher(text.subSequence(from, lineEnd)).lookingAt();
  }

  private static boolean isWesternStop(CharSequence text, int i) {
    return i + 1 >= text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n';
  }

  private static void addTrimmed(CharSequence text, List<Span> spans, int start, int end) {
    int e = end;
    while (e > start && Whitespace.isSpace(text.charAt(e - 1))) {
      e--;
    }
    while (e > start && OPENERS.indexOf(text.charAt(e - 1)) >= 0) {
      e--; // a sentence never ends on an opening mark
    }
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
