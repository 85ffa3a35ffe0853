package dev.newsbot.retrieval.time;

import java.time.LocalDate;

/**
 * The days a question's time word names, resolved against the day of asking.
 *
 * @param from  the first day, inclusive
 * @param to    the last day, inclusive
 * @param use   how answers use the span
 * @param words the words of the question that named it ("上周")
 */
public record TimeSpan(LocalDate from, LocalDate to, Use use, String words) {

  /** How a span bears on the answer. */
  public enum Use {
    /** Only issues of these days may answer ("昨天", "上周", "这个月"): counted from today, exactly. */
    FILTER,
    /** Passages of issues of these days come first, others still answer ("1月份", "春节前"). */
    PREFER,
    /**
     * Neither filters nor reorders ("去年", "2023年"): an article's 去年 is the year before its
     * issue's, so what a year-long span asks about is not told by issue dates.
     */
    CONTEXT,
    /** The newest issues come first ("最近", "最新"). */
    NEWEST
  }

  public TimeSpan {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a span ends before it starts: " + from + ".." + to);
    }
  }

  /** True when {@code day} falls inside the span. */
  public boolean holds(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }
}
