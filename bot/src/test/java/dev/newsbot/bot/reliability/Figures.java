package dev.newsbot.bot.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The figures a run measured, gathered from every test of the suite and written out by
 * {@link ReliabilityReport} at the end of the run: one row each, with the target it is held to.
 */
final class Figures {

  /** The suite's parts, in the order the report lists them. */
  enum Section {
    HOSTILE("Hostile input"),
    LOAD("Load"),
    FAULTS("Faults"),
    SECURITY("Security"),
    OPERATIONS("Operations");

    final String title;

    Section(String title) {
      this.title = title;
    }
  }

  /**
   * One row of the report.
   *
   * @param what   what was measured, and how
   * @param figure the measured value
   * @param target what it must be
   * @param met    whether the figure is at its target
   */
  record Row(Section section, String what, String figure, String target, boolean met) {}

  private static final List<Row> ROWS = new ArrayList<>();

  private Figures() {}

  static synchronized void add(Section section, String what, String figure, String target, boolean met) {
    ROWS.add(new Row(section, what, figure, target, met));
  }

  /** A count that must be zero. */
  static void zero(Section section, String what, long count, String detail) {
    add(section, what, count + (detail.isEmpty() ? "" : " (" + detail + ")"), "0", count == 0);
  }

  /** The rows by section, each section in the order its rows were added. */
  static synchronized List<Row> rows() {
    List<Row> sorted = new ArrayList<>(ROWS);
    sorted.sort(Comparator.comparing(Row::section));
    return List.copyOf(sorted);
  }

  static synchronized boolean covers(Section section) {
    return ROWS.stream().anyMatch(r -> r.section() == section);
  }
}
