package dev.newsbot.retrieval.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's lines in reading order by cutting the page along its white space: first into
 * columns wherever a gutter runs from the top of a region to its bottom (read left to right),
 * else into two bands at the widest horizontal gap (read top to bottom), again in each part. Two
 * columns are never interleaved, and a headline across columns is read before the columns under it.
 */
final class ReadingOrder {

  private ReadingOrder() {}

  /** @param gutter the narrowest white space between two columns, in points */
  static List<Line> of(List<Line> lines, double gutter) {
    List<Line> out = new ArrayList<>(lines.size());
    cut(new ArrayList<>(lines), gutter, out, 0);
    return out;
  }

  private static void cut(List<Line> region, double gutter, List<Line> out, int depth) {
    if (region.size() <= 1 || depth > 10_000) {
      region.sort(Comparator.comparingDouble(Line::y).thenComparingDouble(Line::x0));
      out.addAll(region);
      return;
    }
    List<List<Line>> columns = columns(region, gutter);
    if (columns.size() > 1) {
      for (List<Line> c : columns) {
        cut(c, gutter, out, depth + 1);
      }
      return;
    }
    List<List<Line>> bands = bands(region);
    if (bands.size() > 1) {
      for (List<Line> b : bands) {
        cut(b, gutter, out, depth + 1);
      }
      return;
    }
    region.sort(Comparator.comparingDouble(Line::y).thenComparingDouble(Line::x0));
    out.addAll(region);
  }

  /** The region split at every gutter that no line crosses, left to right. */
  private static List<List<Line>> columns(List<Line> region, double gutter) {
    List<Line> byX = new ArrayList<>(region);
    byX.sort(Comparator.comparingDouble(Line::x0));
    List<List<Line>> out = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    double right = -Double.MAX_VALUE;
    for (Line l : byX) {
      if (!current.isEmpty() && l.x0() - right >= gutter) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(l);
      right = Math.max(right, l.x1());
    }
    out.add(current);
    return out;
  }

  /** The region split in two at its widest horizontal gap, top band first; one band if there is none. */
  private static List<List<Line>> bands(List<Line> region) {
    List<Line> byTop = new ArrayList<>(region);
    byTop.sort(Comparator.comparingDouble(Line::top));
    double bottom = -Double.MAX_VALUE;
    double widest = 0;
    int at = -1;
    for (int k = 0; k < byTop.size(); k++) {
      Line l = byTop.get(k);
      if (k > 0 && l.top() - bottom > widest) {
        widest = l.top() - bottom;
        at = k;
      }
      bottom = Math.max(bottom, l.bottom());
    }
    if (at < 0) {
      return List.of(region);
    }
    return List.of(new ArrayList<>(byTop.subList(0, at)), new ArrayList<>(byTop.subList(at, byTop.size())));
  }
}
