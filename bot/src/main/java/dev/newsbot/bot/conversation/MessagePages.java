package dev.newsbot.bot.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays blocks out as Telegram messages of at most {@link #LIMIT} characters of HTML each (the
 * Bot API refuses longer texts). Messages break between blocks; a block too long for one
 * message breaks after a line, a sentence or a space, and only as a last resort inside a word,
 * never inside a surrogate pair, a tag or an entity: every message is valid HTML on its own.
 */
public final class MessagePages {

  /** The Bot API's limit for one message's text. */
  public static final int LIMIT = 4096;

  private static final String GAP = "\n\n";
  /** A long block starts in the message before it only when at least this much room is left there. */
  private static final int MIN_SHARED = 200;

  private MessagePages() {}

  public static List<String> of(List<Block> blocks) {
    return of(blocks, LIMIT);
  }

  public static List<String> of(List<Block> blocks, int limit) {
    List<String> pages = new ArrayList<>();
    StringBuilder page = new StringBuilder();
    for (Block block : blocks) {
      String html = block.html();
      if (html.isEmpty()) {
        continue;
      }
      int needed = page.length() == 0 ? html.length() : page.length() + GAP.length() + html.length();
      if (needed <= limit) {
        page.append(page.length() == 0 ? "" : GAP).append(html);
        continue;
      }
      if (html.length() <= limit) {
        pages.add(page.toString());
        page.setLength(0);
        page.append(html);
        continue;
      }
      int room = page.length() == 0 ? limit : limit - page.length() - GAP.length();
      if (page.length() > 0 && room < MIN_SHARED) {
        pages.add(page.toString());
        page.setLength(0);
        room = limit;
      }
      List<String> pieces = split(block, room, limit);
      if (!pieces.get(0).isEmpty()) {
        page.append(page.length() == 0 ? "" : GAP).append(pieces.get(0));
      }
      for (String piece : pieces.subList(1, pieces.size())) {
        pages.add(page.toString());
        page.setLength(0);
        page.append(piece);
      }
    }
    if (page.length() > 0) {
      pages.add(page.toString());
    }
    return pages;
  }

  /**
   * Breaks one block into pieces of at most {@code limit} characters of HTML, the first of at
   * most {@code first} (it shares a message with the blocks before it).
   */
  private static List<String> split(Block block, int first, int limit) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (Span span : block.spans()) {
      String rest = span.text();
      while (!rest.isEmpty()) {
        int cap = pieces.isEmpty() ? first : limit;
        int room = cap - piece.length() - span.style().open.length() - span.style().close.length();
        int cut = room <= 0 ? 0 : fit(rest, room);
        if (cut == 0) {
          if (piece.length() == 0 && cap == limit) {
            throw new IllegalArgumentException("limit " + limit + " is too small for any text");
          }
          pieces.add(piece.toString());
          piece.setLength(0);
          continue;
        }
        piece.append(new Span(rest.substring(0, cut), span.style()).html());
        rest = rest.substring(cut);
        if (!rest.isEmpty()) {
          pieces.add(piece.toString());
          piece.setLength(0);
        }
      }
    }
    if (piece.length() > 0 || pieces.isEmpty()) {
      pieces.add(piece.toString());
    }
    return pieces;
  }

  /**
   * The length of the longest prefix of {@code text} whose escaped form fits in {@code room}
   * characters, ending at the best break found: a line end, then a sentence end, then a space
   * or comma, else the longest prefix that fits. 0 when not even one character fits.
   */
  public static int fit(String text, int room) {
    int max = 0;
    int escaped = 0;
    while (max < text.length()) {
      int cp = text.codePointAt(max);
      int width = Html.escape(new String(Character.toChars(cp))).length();
      if (escaped + width > room) {
        break;
      }
      escaped += width;
      max += Character.charCount(cp);
    }
    if (max == text.length() || max == 0) {
      return max;
    }
    int line = lastBreak(text, max, "\n");
    if (line > max / 2) {
      return line;
    }
    int sentence = lastBreak(text, max, "。！？!?；;");
    if (sentence > max / 2) {
      return sentence;
    }
    int soft = lastBreak(text, max, " ，,、");
    return soft > max / 2 ? soft : max;
  }

  /** The position just after the last of {@code marks} within text[0, end), or 0. */
  private static int lastBreak(String text, int end, String marks) {
    for (int i = end - 1; i > 0; i--) {
      if (marks.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }
}
