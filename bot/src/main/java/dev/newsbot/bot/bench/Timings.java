package dev.newsbot.bot.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Durations of repeated runs, in milliseconds, with their median and 95th percentile. */
final class Timings {

  private final List<Double> millis = new ArrayList<>();

  /** Times one run of {@code work} and returns its result. */
  <T> T time(java.util.function.Supplier<T> work) {
    long t0 = System.nanoTime();
    T result = work.get();
    millis.add((System.nanoTime() - t0) / 1e6);
    return result;
  }

  double p50() {
    return percentile(0.50);
  }

  double p95() {
    return percentile(0.95);
  }

  int count() {
    return millis.size();
  }

  private double percentile(double p) {
    if (millis.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** "p50 12.3 ms, p95 45.6 ms (n=200)". */
  String summary() {
    return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms (n=%d)", p50(), p95(), count());
  }
}
