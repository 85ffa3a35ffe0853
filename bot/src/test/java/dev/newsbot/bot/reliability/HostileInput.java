package dev.newsbot.bot.reliability;

import dev.newsbot.bot.testkit.FakeBotApi;
import java.util.List;
import java.util.Random;

/**
 * Text that people who try to break a public bot send it, generated from a seed: random Unicode,
 * invisible and right-to-left marks, control characters, FTS5 and SQL syntax, HTML and Markdown
 * markup, texts at and over the length limits, emoji sequences, odd commands and blank messages,
 * alone or around a real question. Never {@code /sources}: the suite uses it to know a chat is done.
 */
final class HostileInput {

  enum Kind {
    UNICODE,
    INVISIBLE,
    CONTROL,
    FTS5,
    SQL,
    MARKUP,
    LONG,
    EMOJI,
    COMMAND,
    BLANK
  }

  record Text(Kind kind, String text) {}

  private static final int[][] SCRIPTS = {
      {0x00A0, 0x024F}, {0x0370, 0x03FF}, {0x0400, 0x04FF}, {0x0590, 0x05FF}, {0x0600, 0x06FF}, {0x0900, 0x097F},
      {0x0E00, 0x0E7F}, {0x1100, 0x11FF}, {0x3000, 0x30FF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xE000, 0xF8FF},
      {0xFDD0, 0xFDEF}, {0xFE00, 0xFE0F}, {0xFF00, 0xFFFF}, {0x0300, 0x036F}, {0x1D400, 0x1D7FF},
      {0x20000, 0x2A6DF}, {0xE0000, 0xE007F}, {0x1F300, 0x1FAFF}, {0x10FFF0, 0x10FFFF}};
  private static final String[] INVISIBLES = {"\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B",
      "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C", "\u2060", "\u2061", "\u2064",
      "\uFEFF", "\u180E", "\u00AD", "\u034F", "\u3164", "\u115F"};
  private static final String[] FTS5 = {"\"", "\"株洲", "株洲*", "*", "^株洲", "NEAR(株洲 雪, 2)", "NEAR(", "title:株洲",
      "{text title}: 雪", "(株洲 OR 长沙) AND NOT 雪", "\"\" \"\" \"\"", "-株洲", "+", "AND", "OR", "NOT", "AND AND OR",
      "株洲\" OR \"1\"=\"1", "chunks MATCH '株洲'", "x'00'", "株洲 NEAR/3 雪", "\"unterminated", "text:", "col:*",
      "(((((", ")))", "ＡＮＤ", "a AND (b OR", "株洲 * 雪"};
  private static final String[] SQL = {"'; DROP TABLE answers; --", "1' OR '1'='1", "\" OR \"\"=\"", "' OR 1=1 --",
      "%' UNION SELECT value FROM bot_meta --", "'); DELETE FROM feedback; --", "Robert'); DROP TABLE issues;--",
      "$1", "?", "?1", ":id", "@p", "/* */", "--", ";", "PRAGMA writable_schema=1;",
      "ATTACH DATABASE '/tmp/x.db' AS x;", "SELECT load_extension('x');", "' || (SELECT sqlite_version()) || '",
      "1; VACUUM INTO '/tmp/copy.db'", "\\'; --", "%", "_", "\\"};
  private static final String[] MARKUP = {"<b>粗体</b>", "<b>", "</b>", "</i>", "<i><b>交错</i></b>",
      "<a href=\"javascript:alert(1)\">点我</a>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
      "&lt;b&gt;", "&amp;", "&", "&#0;", "&#x110000;", "&bogus;", "<", ">", "<<>>", "<tg-spoiler>剧透",
      "<pre><code class=\"language-java\">x</code></pre>", "<blockquote expandable>引用", "<span class=x>",
      "*粗体*", "_斜体_", "__下划线__", "~删除~", "||剧透||", "`代码`", "```java\nx\n```", "[链接](tg://user?id=1)",
      "![图](http://x.invalid/a.png)", "\\*转义\\*", "# 标题", "> 引用", "<!-- 注释 -->", "<![CDATA[x]]>",
      "<?xml version=\"1.0\"?>", "&quot;\"'", "<b title=\"a>b\">", "</>", "<br/>", "<p>段</p>"};
  private static final String[] EMOJI = {"👨‍👩‍👧‍👦", "🇨🇳", "🏳️‍🌈", "👍🏿", "1️⃣", "#️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🧑🏽‍🚀", "❤️‍🔥",
      "😀", "🀄", "🈚", "☃︎", "☃️", "👩‍❤️‍💋‍👨", "🫠", "🙂‍↔️", "\uD83D\uDC4D\uFE0F\uFE0F\uFE0F"};
  private static final String[] COMMANDS = {"start", "help", "ask", "reindex", "stats", "START", "aSk", "upload",
      "admin", "feedback", "index", "eval"};
  private static final String[] BLANKS = {" ", "\n\t", "\u3000", "\u00A0", "\u200B", "\u2028", " \u200B \uFEFF ",
      "\u3164", "\r\n\r\n"};

  private final Random random;
  private final List<String> questions;
  private int next;

  /** @param questions real questions, for hostile text to surround */
  HostileInput(long seed, List<String> questions) {
    this.random = new Random(seed);
    this.questions = List.copyOf(questions);
  }

  /** The next text; kinds take turns, so every kind is as common as the others. */
  Text next() {
    Kind kind = Kind.values()[next++ % Kind.values().length];
    String text = switch (kind) {
      case UNICODE -> randomUnicode(1 + random.nextInt(300));
      case INVISIBLE -> sprinkle(random.nextInt(4) == 0 ? "" : question(), INVISIBLES, 1 + random.nextInt(20));
      case CONTROL -> sprinkle(question(), controls(), 1 + random.nextInt(10));
      case FTS5 -> around(pick(FTS5) + " " + pick(FTS5));
      case SQL -> around(pick(SQL));
      case MARKUP -> around(pick(MARKUP) + pick(MARKUP));
      case LONG -> longText();
      case EMOJI -> emoji();
      case COMMAND -> command();
      case BLANK -> pick(BLANKS) + pick(BLANKS);
    };
    return new Text(kind, text.isEmpty() ? "\u200B" : text);
  }

  /** One of the real questions. */
  String question() {
    return questions.get(random.nextInt(questions.size()));
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  /** The fragment alone, before, after or inside a real question. */
  private String around(String fragment) {
    String q = question();
    return switch (random.nextInt(4)) {
      case 0 -> fragment;
      case 1 -> fragment + q;
      case 2 -> q + fragment;
      default -> {
        int at = q.offsetByCodePoints(0, random.nextInt(q.codePointCount(0, q.length())));
        yield q.substring(0, at) + fragment + q.substring(at);
      }
    };
  }

  private String sprinkle(String text, String[] marks, int count) {
    StringBuilder sb = new StringBuilder(text);
    for (int i = 0; i < count; i++) {
      int cps = sb.codePointCount(0, sb.length());
      int at = sb.offsetByCodePoints(0, cps == 0 ? 0 : random.nextInt(cps + 1));
      sb.insert(at, pick(marks));
    }
    return sb.toString();
  }

  private static String[] controls() {
    String[] c = new String[32 + 1 + 32 + 3];
    for (int i = 0; i < 32; i++) {
      c[i] = String.valueOf((char) i);
      c[33 + i] = String.valueOf((char) (0x80 + i));
    }
    c[32] = "\u007F";
    c[65] = "\u2028";
    c[66] = "\u2029";
    c[67] = "\u001B[31m";
    return c;
  }

  String randomUnicode(int codePoints) {
    StringBuilder sb = new StringBuilder();
    while (sb.codePointCount(0, sb.length()) < codePoints) {
      int[] range = SCRIPTS[random.nextInt(SCRIPTS.length)];
      int cp = range[0] + random.nextInt(range[1] - range[0] + 1);
      if (cp < 0xD800 || cp > 0xDFFF) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /** At and around the limits: 4096 UTF-16 units (Telegram's most), 1001, 1000 and 999 characters. */
  private String longText() {
    int[] lengths = {4096, 1001, 1000, 999};
    int length = lengths[random.nextInt(lengths.length)];
    String[] fillers = {"株洲日报", "&<>\"", "a", "&", "🇨🇳", "\u200B", "雪 "};
    String filler = pick(fillers);
    StringBuilder sb = new StringBuilder();
    while (sb.codePointCount(0, sb.length()) < length && sb.length() < 4096) {
      sb.append(filler);
    }
    String text = sb.toString();
    if (text.length() > 4096) {
      text = text.substring(0, 4096);
    }
    int cps = text.codePointCount(0, text.length());
    if (cps > length) {
      text = text.substring(0, text.offsetByCodePoints(0, length));
    }
    return Character.isHighSurrogate(text.charAt(text.length() - 1)) ? text.substring(0, text.length() - 1) : text;
  }

  private String emoji() {
    int n = random.nextInt(5) == 0 ? 1000 + random.nextInt(1000) : 1 + random.nextInt(20);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n && sb.length() < 4090; i++) {
      sb.append(pick(EMOJI));
    }
    return random.nextBoolean() ? sb.toString() : sb + question();
  }

  private String command() {
    String name = random.nextInt(4) == 0 ? randomName() : pick(COMMANDS);
    String target = switch (random.nextInt(5)) {
      case 0 -> "@" + FakeBotApi.BOT_USERNAME;
      case 1 -> "@" + FakeBotApi.BOT_USERNAME.toUpperCase(java.util.Locale.ROOT);
      case 2 -> "@other_news_bot";
      default -> "";
    };
    String args = switch (random.nextInt(5)) {
      case 0 -> "";
      case 1 -> " " + question();
      case 2 -> " " + pick(MARKUP) + pick(SQL);
      case 3 -> "\u0000" + question();
      default -> " " + randomUnicode(1 + random.nextInt(50));
    };
    return "/" + name + target + args;
  }

  /** A command name that is not sources (up to 40 characters, over Telegram's 32). */
  private String randomName() {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789_";
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString().startsWith("sources") ? "x" + sb : sb.toString();
  }
}
