package dev.newsbot.retrieval.search;

import dev.newsbot.retrieval.store.StoredIssue;
import dev.newsbot.retrieval.time.TimeSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a question's time word does to its passages: keeps only the issues of the days it names
 * ("昨天"), puts them first ("1月份"), or puts the newest first ("最近").
 */
public final class TimeScope {

  /**
   * Days after a span whose issues still report it: news of one day is printed the next, a
   * month's last days early in the next month.
   */
  static final int REPORTED_WITHIN = 1;
  /** A time preference reorders only passages scoring at least this share of the best one. */
  static final double PREFER_SHARE = 0.6;

  private TimeScope() {}

  /** True when the issue of {@code day} is one a span's days are reported in. */
  public static boolean reports(TimeSpan span, LocalDate day) {
    return day != null && !day.isBefore(span.from()) && !day.isAfter(span.to().plusDays(REPORTED_WITHIN));
  }

  /** The issues a filtering span lets answer, or null for a span that filters nothing. */
  public static Predicate<StoredIssue> only(TimeSpan span) {
    return span.use() == TimeSpan.Use.FILTER ? i -> reports(span, i.date()) : null;
  }

  /** The hits in the order the span asks for: unchanged unless it prefers days or the newest. */
  public static List<Hit> order(TimeSpan span, List<Hit> hits) {
    if (hits.isEmpty() || (span.use() != TimeSpan.Use.PREFER && span.use() != TimeSpan.Use.NEWEST)) {
      return hits;
    }
    double floor = hits.get(0).score() * PREFER_SHARE;
    List<Hit> close = new ArrayList<>();
    List<Hit> rest = new ArrayList<>();
    for (Hit h : hits) {
      (h.score() >= floor ? close : rest).add(h);
    }
    Comparator<Hit> first = span.use() == TimeSpan.Use.PREFER
        ? Comparator.comparing((Hit h) -> reports(span, h.chunk().issue().date()) ? 0 : 1)
        : Comparator.comparing((Hit h) -> h.chunk().issue().date(), Comparator.nullsLast(Comparator.reverseOrder()));
    close.sort(first); // stable: equal keys keep their score order
    close.addAll(rest);
    return close;
  }
}
