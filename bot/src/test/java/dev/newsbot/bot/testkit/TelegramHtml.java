package dev.newsbot.bot.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's HTML parse mode, checked strictly as its Bot API documents it: only its tags, each
 * with only the attributes it allows, properly nested; every {@code < > &} outside a tag written
 * as one of the entities it knows. {@link #problem} says why a text would be refused, or null.
 */
public final class TelegramHtml {

  /** Each tag Telegram knows, with a pattern its attributes must match ("" for none). */
  private static final Map<String, Pattern> TAGS = Map.ofEntries(
      Map.entry("b", none()), Map.entry("strong", none()), Map.entry("i", none()), Map.entry("em", none()),
      Map.entry("u", none()), Map.entry("ins", none()), Map.entry("s", none()), Map.entry("strike", none()),
      Map.entry("del", none()), Map.entry("tg-spoiler", none()), Map.entry("pre", none()),
      Map.entry("span", Pattern.compile(" class=\"tg-spoiler\"")),
      Map.entry("a", Pattern.compile(" href=\"[^\"<>]+\"")),
      Map.entry("tg-emoji", Pattern.compile(" emoji-id=\"[0-9]+\"")),
      Map.entry("code", Pattern.compile("(?: class=\"language-[A-Za-z0-9_+-]+\")?")),
      Map.entry("blockquote", Pattern.compile("(?: expandable)?")));
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\\s*>");
  private static final Pattern ENTITY = Pattern.compile("&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

  private TelegramHtml() {}

  private static Pattern none() {
    return Pattern.compile("");
  }

  public static String problem(String text) {
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
        Pattern attributes = TAGS.get(name);
        if (attributes == null) {
          return "unsupported tag <" + name + "> at " + i;
        }
        String attrs = m.group(3).replaceAll("\\s+", " ");
        if (m.group(1).isEmpty()) {
          if (!attributes.matcher(attrs).matches()) {
            return "attributes '" + attrs.strip() + "' not allowed on <" + name + "> at " + i;
          }
          open.push(name);
        } else if (!attrs.isEmpty() || open.isEmpty() || !open.pop().equals(name)) {
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
  public static String visible(String html) {
    StringBuilder sb = new StringBuilder(html.length());
    Matcher entity = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
        .matcher(html.replaceAll("<[^>]*>", ""));
    while (entity.find()) {
      String e = entity.group(1);
      String decoded = switch (e) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        default -> codePoint(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
            : Integer.parseInt(e.substring(1)));
      };
      entity.appendReplacement(sb, Matcher.quoteReplacement(decoded));
    }
    entity.appendTail(sb);
    return sb.toString();
  }

  private static String codePoint(int cp) {
    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
  }
}
