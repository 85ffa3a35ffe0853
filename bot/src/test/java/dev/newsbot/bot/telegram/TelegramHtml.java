package dev.newsbot.bot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text the way the Bot API's HTML parse mode does, strictly: only Telegram's tags, properly
 * nested, and every {@code < > &} outside a tag written as an entity. Returns why it is invalid,
 * or null.
 */
final class TelegramHtml {

  private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
      "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+=\"[^\"<>]*\")*)\\s*>");
  private static final Pattern ENTITY = Pattern.compile("&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

  private TelegramHtml() {}

  static String problem(String text) {
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '<') {
        Matcher m = TAG.matcher(text).region(i, text.length());
        if (!m.lookingAt()) {
          return "unescaped '<' or malformed tag at " + i;
        }
        String name = m.group(2);
        if (!TAGS.contains(name)) {
          return "unsupported tag <" + name + "> at " + i;
        }
        if (m.group(1).isEmpty()) {
          open.push(name);
        } else if (open.isEmpty() || !open.pop().equals(name)) {
          return "closing </" + name + "> does not match at " + i;
        }
        i = m.end();
      } else if (c == '&') {
        Matcher m = ENTITY.matcher(text).region(i, text.length());
        if (!m.lookingAt()) {
          return "unescaped '&' at " + i;
        }
        i = m.end();
      } else if (c == '>') {
        return "unescaped '>' at " + i;
      } else {
        i++;
      }
    }
    return open.isEmpty() ? null : "unclosed <" + open.peek() + ">";
  }

  /** The text a reader sees: tags removed, entities decoded. */
  static String visible(String html) {
    return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
