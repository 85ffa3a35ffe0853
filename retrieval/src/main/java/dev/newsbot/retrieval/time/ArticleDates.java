package dev.newsbot.retrieval.time;

import dev.newsbot.retrieval.text.Lexicon;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an article gives relative to its issue's day: "1月20日" in a 2024-01-21 issue is
 * 2024-01-20, "12月28日" in it is 2023-12-28, "昨天" is 2024-01-20. A reply to a "什么时候"
 * question states the date its quote means when the quote gives no year.
 */
public final class ArticleDates {

  private record Relative(int offset, Pattern pattern) {}

  private static final Pattern FULL = Pattern.compile("(?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]");
  private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
  /** A month and day this far after the issue's day are of the year before ("12月28日" in January). */
  static final int MONTHS_AHEAD = 2;
  private static final List<Relative> RELATIVE = relative();

  private ArticleDates() {}

  /**
   * The day {@code quote} names without a year, read against the issue's day: its first month and
   * day, or else its first word like 昨天 (which in news often dates the reporting, not the event);
   * empty when the quote gives its year, names no day, or the issue has no date.
   */
  public static Optional<LocalDate> meant(String quote, LocalDate issueDay) {
    if (issueDay == null || FULL.matcher(quote).find()) {
      return Optional.empty();
    }
    Matcher m = MONTH_DAY.matcher(quote);
    if (m.find()) {
      return monthDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), issueDay);
    }
    int first = Integer.MAX_VALUE;
    Optional<LocalDate> found = Optional.empty();
    for (Relative r : RELATIVE) {
      Matcher w = r.pattern().matcher(quote);
      if (w.find() && w.start() < first) {
        first = w.start();
        found = Optional.of(issueDay.plusDays(r.offset()));
      }
    }
    return found;
  }

  private static Optional<LocalDate> monthDay(int month, int day, LocalDate issueDay) {
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(issueDay.getYear(), month).lengthOfMonth()) {
      return Optional.empty();
    }
    LocalDate d = LocalDate.of(issueDay.getYear(), month, day);
    return Optional.of(d.isAfter(issueDay.plusMonths(MONTHS_AHEAD)) ? d.minusYears(1) : d);
  }

  private static List<Relative> relative() {
    List<Relative> out = new ArrayList<>();
    for (String line : Lexicon.zh("relative-days")) {
      int eq = line.indexOf(" = ");
      if (eq < 0) {
        throw new IllegalStateException("relative-days: a line without \" = \": " + line);
      }
      out.add(new Relative(Integer.parseInt(line.substring(0, eq).strip()), Pattern.compile(line.substring(eq + 3).strip())));
    }
    return List.copyOf(out);
  }
}
