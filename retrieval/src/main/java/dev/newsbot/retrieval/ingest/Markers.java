package dev.newsbot.retrieval.ingest;

import dev.newsbot.retrieval.text.Numerals;
import dev.newsbot.retrieval.text.Whitespace;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The furniture of a printed page that is no article text: page markers ("第02版", a running head
 * "2024年3月9日 星期六 第02版 要闻") and the marks that carry a story across pages ("◀◀上接01版",
 * "(上接第1版)" where the rest of a story starts; "(下转02版)", "转3版" where its first part stops).
 */
public final class Markers {

  private static final String NUMBER = "[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}";
  /** A line that is only a page marker or a running head holding one. */
  private static final Pattern PAGE = Pattern.compile(
      "^[^。，,；;！？!?]{0,30}?第\\s*[A-Ha-h]?(" + NUMBER + ")\\s*版(?:[\\s:：·|丨-]*[^。，,；;！？!?]{0,24})?$");
  /** Where the rest of a story starts, at the head of a block: "◀◀上接01版", "（上接第1版）", "接上版". */
  private static final Pattern CONTINUED_FROM = Pattern.compile(
      "^[◀◁<《(（\\[【\\s]*(?:上接|接上|紧接|续接)\\s*(?:第\\s*)?[A-Ha-h]?(" + NUMBER + "|上)?\\s*[版页面][)）\\]】▶>\\s]*");
  /** Where a story's first part stops, at the end of a block: "(下转02版)", "转3版", "（下转第二版）". */
  private static final Pattern CONTINUED_TO = Pattern.compile(
      "[(（\\[【]?\\s*(?:下转|转至|转|续见|接第)\\s*(?:第\\s*)?[A-Ha-h]?(" + NUMBER + ")\\s*[版页面]\\s*[)）\\]】]?[▶▷>\\s]*$");

  /**
   * A running head: a short line with the date of the issue and the page's number or weekday, no
   * sentence ("某某日报 2024年4月18日 星期四 02 要闻", "A03 | 民生 | 2024.4.18").
   */
  private static final Pattern HEAD_DATE = Pattern.compile(
      "(?:19|20)[0-9]{2}\\s*(?:年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日?|[./-][0-9]{1,2}[./-][0-9]{1,2})");
  private static final Pattern HEAD_PAGE = Pattern.compile(
      "(?:^|[\\s|丨·\\p{IsHan}])[A-Ha-h]?([0-9０-９]{1,2})\\s*版?(?=$|[\\s|丨·\\p{IsHan}])");
  /** How many pages the issue has, on a masthead ("今日4版", "共8版"): no page's number. */
  private static final Pattern PAGE_COUNT = Pattern.compile("(?:今日|今天|本期|共|全)\\s*[0-9０-９]{1,2}\\s*[版页]");
  /** A page's number alone on a line, as its foot prints it ("3", "A04"). */
  private static final Pattern FOLIO = Pattern.compile("^[A-Ha-h]?[0-9０-９]{1,2}$");
  /** A line of a contents box: a headline and the page it is on ("AED进小区 关键时刻能“救命” 03版"). */
  private static final Pattern CONTENTS_LINE = Pattern.compile("\\S.*\\s[A-Ha-h]?[0-9０-９]{1,2}\\s*版?$");
  private static final Pattern WEEKDAY = Pattern.compile("星期[一二三四五六日天]|周[一二三四五六日]");
  private static final Pattern SENTENCE_MARKS = Pattern.compile("[。，,；;！？!?：:]");

  private Markers() {}

  /** The page number of a running head, 0 when it names only the weekday; empty when the line is none. */
  private static OptionalInt runningHead(String s) {
    Matcher date = HEAD_DATE.matcher(s);
    if (!date.find() || SENTENCE_MARKS.matcher(s).find()) {
      return OptionalInt.empty();
    }
    String rest = PAGE_COUNT.matcher(s.substring(0, date.start()) + " " + s.substring(date.end())).replaceAll(" ");
    Matcher page = HEAD_PAGE.matcher(rest);
    if (page.find()) {
      return OptionalInt.of(number(page.group(1)));
    }
    return WEEKDAY.matcher(rest).find() || rest.indexOf('|') >= 0 ? OptionalInt.of(0) : OptionalInt.empty();
  }

  /** The page number of a line that is a page marker or running head, if it is one. */
  public static OptionalInt page(String line) {
    String s = line.strip();
    if (s.length() > 48 || s.indexOf('\n') >= 0) {
      return OptionalInt.empty();
    }
    Matcher m = PAGE.matcher(s);
    return m.matches() ? OptionalInt.of(number(m.group(1))) : runningHead(s);
  }

  private static final Pattern DATE_PARTS = Pattern.compile(
      "((?:19|20)[0-9]{2})\\s*(?:年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日?|[./-]([0-9]{1,2})[./-]([0-9]{1,2}))");

  /**
   * The date a running head or masthead line prints ("某某日报·要闻 2024-11-21 A1", "2024年4月18日 星期四"),
   * if the line is one and holds a whole date.
   */
  public static Optional<LocalDate> printedDate(String line) {
    String s = Whitespace.normalize(line);
    if (page(s).isEmpty()) {
      return Optional.empty();
    }
    Matcher m = DATE_PARTS.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    String month = m.group(2) != null ? m.group(2) : m.group(4);
    String day = m.group(3) != null ? m.group(3) : m.group(5);
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(month),
          Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A line that is only a page's number, as a page's foot prints it. */
  static boolean isFolio(String line) {
    return FOLIO.matcher(line.strip()).matches();
  }

  /** A block of two lines or more, each a headline and its page: a contents box ("导读"), no article's text. */
  static boolean isContents(String raw) {
    List<String> lines = raw.strip().lines().filter(l -> !l.isBlank()).toList();
    // the box's own label may head it ("导读", "◆今日看点")
    List<String> entries = lines.size() > 2 && lines.get(0).strip().length() <= 8
        && !CONTENTS_LINE.matcher(lines.get(0).strip()).find() ? lines.subList(1, lines.size()) : lines;
    return entries.size() >= 2 && entries.stream().allMatch(l -> CONTENTS_LINE.matcher(l.strip()).find());
  }

  /** Length of a "上接…版" mark opening the block, or 0. */
  public static int continuedFrom(String block) {
    Matcher m = CONTINUED_FROM.matcher(block);
    return m.lookingAt() && m.end() > 0 && block.substring(0, m.end()).matches(".*(?:接).*") ? m.end() : 0;
  }

  /** The page a "上接…版" mark names, or 0 when it names none ("接上版"). */
  public static int continuedFromPage(String block) {
    Matcher m = CONTINUED_FROM.matcher(block);
    return m.lookingAt() && m.group(1) != null && !m.group(1).equals("上") ? number(m.group(1)) : 0;
  }

  /** Where a "下转…版" mark closing the block starts, or -1. */
  public static int continuedTo(String block) {
    Matcher m = CONTINUED_TO.matcher(block);
    if (!m.find()) {
      return -1;
    }
    String mark = m.group();
    // "转" alone must stand in brackets or on a line of its own: "…转3版" inside a sentence is rare,
    // but "转型升级" never ends a block with a page number anyway.
    boolean bracketed = mark.contains("(") || mark.contains("（") || mark.contains("[") || mark.contains("【");
    boolean plainDown = mark.contains("下转") || mark.contains("转至") || mark.contains("续见");
    return bracketed || plainDown || m.start() == 0 ? m.start() : -1;
  }

  /** The page a "下转…版" mark names. */
  public static int continuedToPage(String block) {
    Matcher m = CONTINUED_TO.matcher(block);
    return m.find() ? number(m.group(1)) : 0;
  }

  /** Receives the span of one block. */
  interface Spans {
    void accept(int start, int end);
  }

  /**
   * Cuts the marks off a block of running text: a "上接…版" mark opening it and a "下转…版" mark
   * closing it become blocks of their own, so that neither is quoted and each can end or start a
   * story. A mark followed only by a short line (its story's headline repeated) stays one block.
   */
  static void split(String text, int start, int end, Spans out) {
    String block = text.substring(start, end);
    int from = continuedFrom(block);
    int s = start;
    if (from > 0) {
      String rest = block.substring(from).strip();
      if (rest.length() > 36 || rest.indexOf('。') >= 0 || rest.indexOf('\n') >= 0) {
        int markEnd = start + from;
        out.accept(start, trimEnd(text, start, markEnd));
        s = skipSpace(text, markEnd, end);
      }
    }
    int to = continuedTo(text.substring(s, end));
    if (to > 0) {
      int markStart = s + to;
      int bodyEnd = trimEnd(text, s, markStart);
      if (bodyEnd > s) {
        out.accept(s, bodyEnd);
        out.accept(skipSpace(text, markStart, end), end);
        return;
      }
    }
    if (s < end) {
      out.accept(s, end);
    }
  }

  private static int trimEnd(String text, int from, int to) {
    int k = to;
    while (k > from && Whitespace.isSpace(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  private static int skipSpace(String text, int from, int to) {
    int k = from;
    while (k < to && Whitespace.isSpace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  static int number(String digits) {
    return Math.max(0, Numerals.parse(digits));
  }
}
