package dev.newsbot.retrieval.time;

import dev.newsbot.retrieval.text.Lexicon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time word of a question ("昨天", "上周", "1月份", "去年", "春节前", "last week") and
 * resolves it against the day of asking and the days that have issues. The words are rules in
 * {@code zh/time-words.txt} and {@code en/time-words.txt}; festivals in {@code zh/festivals.txt}.
 */
public final class TimeWords {

  private record Rule(String kind, int offset, Pattern pattern) {}

  private static final List<Rule> RULES = rules();
  private static final Festivals FESTIVALS = Festivals.load();
  /** Days around a festival its "前" or "后" reaches, and its own days. */
  static final int FESTIVAL_REACH = 30;
  static final int FESTIVAL_DAYS = 7;

  private TimeWords() {}

  /**
   * The span a question's first time word names, if it has one.
   *
   * @param question the question as asked
   * @param today    the day of asking
   * @param hasIssue which days have an indexed issue: a word without a year ("1月份", "春节前")
   *                 names its latest occurrence not after today that holds an issue, or else its
   *                 latest occurrence not after today
   */
  public static Optional<TimeSpan> of(String question, LocalDate today, Predicate<LocalDate> hasIssue) {
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(question);
      if (m.find()) {
        Optional<TimeSpan> span = resolve(rule, m, today, hasIssue);
        if (span.isPresent()) {
          return span;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<TimeSpan> resolve(Rule rule, Matcher m, LocalDate today, Predicate<LocalDate> hasIssue) {
    String words = m.group();
    int n = rule.offset();
    switch (rule.kind()) {
      case "day" -> {
        LocalDate d = today.plusDays(n);
        return Optional.of(new TimeSpan(d, d, TimeSpan.Use.FILTER, words));
      }
      case "week" -> {
        LocalDate monday = today.with(DayOfWeek.MONDAY).plusWeeks(n);
        return Optional.of(new TimeSpan(monday, monday.plusDays(6), TimeSpan.Use.FILTER, words));
      }
      case "month" -> {
        if (m.groupCount() == 0) {
          YearMonth ym = YearMonth.from(today).plusMonths(n);
          return Optional.of(new TimeSpan(ym.atDay(1), ym.atEndOfMonth(), TimeSpan.Use.FILTER, words));
        }
        int month = number(m.group(1));
        if (month < 1 || month > 12) {
          return Optional.empty();
        }
        return latest(today, hasIssue, y -> {
          YearMonth ym = YearMonth.of(y, month);
          return new TimeSpan(ym.atDay(1), ym.atEndOfMonth(), TimeSpan.Use.PREFER, words);
        });
      }
      case "year" -> {
        int y = today.getYear() + n;
        return Optional.of(new TimeSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), TimeSpan.Use.CONTEXT, words));
      }
      case "year-named" -> {
        int y = Integer.parseInt(m.group(1));
        return Optional.of(new TimeSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), TimeSpan.Use.CONTEXT, words));
      }
      case "recent" -> {
        return Optional.of(new TimeSpan(today.minusDays(n), today, TimeSpan.Use.NEWEST, words));
      }
      case "date" -> {
        int month = number(m.group(1));
        int day = number(m.group(2));
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(2000, month).lengthOfMonth()) {
          return Optional.empty();
        }
        return latest(today, hasIssue, y -> {
          LocalDate d = YearMonth.of(y, month).atDay(Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
          return new TimeSpan(d, d, TimeSpan.Use.PREFER, words);
        });
      }
      case "festival" -> {
        String side = m.group("side") == null ? "" : m.group("side").toLowerCase(Locale.ROOT);
        String name = m.group("name");
        return latest(today, hasIssue, y -> FESTIVALS.day(name, y).map(d -> around(d, side, words)).orElse(null));
      }
      default -> throw new IllegalStateException("time-words: unknown kind " + rule.kind());
    }
  }

  private static TimeSpan around(LocalDate festival, String side, String words) {
    return switch (side) {
      case "前", "before" -> new TimeSpan(festival.minusDays(FESTIVAL_REACH), festival.minusDays(1), TimeSpan.Use.PREFER,
          words);
      case "后", "after" -> new TimeSpan(festival.plusDays(1), festival.plusDays(FESTIVAL_REACH), TimeSpan.Use.PREFER,
          words);
      default -> new TimeSpan(festival.minusDays(FESTIVAL_DAYS), festival.plusDays(FESTIVAL_DAYS), TimeSpan.Use.PREFER,
          words);
    };
  }

  /** Interface for a span in year {@code y}, or null when the year has none. */
  private interface InYear {
    TimeSpan in(int year);
  }

  /**
   * The latest occurrence not after today that holds an issue, looking back ten years; else the
   * latest occurrence not after today.
   */
  private static Optional<TimeSpan> latest(LocalDate today, Predicate<LocalDate> hasIssue, InYear inYear) {
    TimeSpan fallback = null;
    for (int y = today.getYear(); y > today.getYear() - 10; y--) {
      TimeSpan s = inYear.in(y);
      if (s == null || s.from().isAfter(today)) {
        continue;
      }
      if (fallback == null) {
        fallback = s;
      }
      for (LocalDate d = s.from(); !d.isAfter(s.to().plusDays(1)); d = d.plusDays(1)) { // reported the day after too
        if (hasIssue.test(d)) {
          return Optional.of(s);
        }
      }
    }
    return Optional.ofNullable(fallback);
  }

  /** "12", "十二", "三", or an English month name, as a number; -1 when it is none. */
  static int number(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    for (Month month : Month.values()) {
      if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(s)) {
        return month.getValue();
      }
    }
    String digits = "一二三四五六七八九";
    if (s.equals("十")) {
      return 10;
    }
    if (s.length() == 1) {
      return digits.indexOf(s.charAt(0)) + 1 > 0 ? digits.indexOf(s.charAt(0)) + 1 : -1;
    }
    if (s.length() == 2 && s.charAt(0) == '十') {
      int unit = digits.indexOf(s.charAt(1)) + 1;
      return unit > 0 ? 10 + unit : -1;
    }
    if (s.length() == 2 && s.charAt(1) == '十') {
      int tens = digits.indexOf(s.charAt(0)) + 1;
      return tens > 0 ? tens * 10 : -1;
    }
    if (s.length() == 3 && s.charAt(1) == '十') {
      int tens = digits.indexOf(s.charAt(0)) + 1;
      int unit = digits.indexOf(s.charAt(2)) + 1;
      return tens > 0 && unit > 0 ? tens * 10 + unit : -1;
    }
    return -1;
  }

  private static List<Rule> rules() {
    List<Rule> out = new ArrayList<>();
    for (List<String> lines : List.of(Lexicon.zh("time-words"), Lexicon.en("time-words"))) {
      for (String line : lines) {
        int eq = line.indexOf(" = ");
        if (eq < 0) {
          throw new IllegalStateException("time-words: a line without \" = \": " + line);
        }
        String[] head = line.substring(0, eq).strip().split("\\s+");
        int offset = head.length > 1 ? Integer.parseInt(head[1]) : 0;
        out.add(new Rule(head[0], offset, Pattern.compile(line.substring(eq + 3).strip(), Pattern.CASE_INSENSITIVE)));
      }
    }
    return List.copyOf(out);
  }
}
