package dev.newsbot.retrieval.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a page's lines, already in reading order, into paragraphs and marks the headlines by
 * their type: a paragraph starts where the type changes, where its first line is indented from
 * its column's edge or where a wide gap opens; a paragraph continues from the foot of one column
 * to the head of the next. Headline type (much larger than the body's) is written as a heading
 * ("## "), and so are a kicker just above it and a subtitle just below it.
 */
final class Paragraphs {

  /** Headline type is at least this much larger than the body's. */
  static final double HEADLINE = 1.3;
  private static final int WINDOW = 8;

  private Paragraphs() {}

  /** One paragraph: its lines' text joined and the type it is set in. */
  record Paragraph(String text, double size, int lines) {}

  static List<String> of(List<Line> ordered, double body) {
    List<Paragraph> paragraphs = join(ordered);
    List<String> out = new ArrayList<>(paragraphs.size());
    for (int k = 0; k < paragraphs.size(); k++) {
      Paragraph p = paragraphs.get(k);
      out.add(isHeading(paragraphs, k, body) ? "## " + p.text() : p.text());
    }
    return out;
  }

  /**
   * Whether a page's first line goes on with a paragraph of the page before: body type, not
   * indented from its column.
   */
  static boolean opensMidParagraph(List<Line> ordered, double body) {
    if (ordered.isEmpty()) {
      return false;
    }
    Line first = ordered.get(0);
    return Math.abs(first.size() - body) < 0.12 * body && first.x0() - columnLeft(ordered, 0) <= 0.8 * first.size();
  }

  private static boolean isHeading(List<Paragraph> ps, int k, double body) {
    Paragraph p = ps.get(k);
    if (p.size() >= HEADLINE * body) {
      return true;
    }
    boolean shortLine = p.lines() == 1 && p.text().length() <= 30 && p.text().indexOf('。') < 0;
    Paragraph next = k + 1 < ps.size() ? ps.get(k + 1) : null;
    Paragraph prev = k > 0 ? ps.get(k - 1) : null;
    boolean kicker = shortLine && next != null && next.size() >= HEADLINE * body && p.size() < next.size();
    boolean subtitle = shortLine && p.size() > 1.1 * body && prev != null && prev.size() >= HEADLINE * body
        && p.size() < prev.size();
    return kicker || subtitle;
  }

  private static List<Paragraph> join(List<Line> lines) {
    List<Paragraph> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    double size = 0;
    int count = 0;
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      if (count > 0 && startsParagraph(lines, k)) {
        out.add(new Paragraph(text.toString().strip(), size, count));
        text.setLength(0);
        count = 0;
      }
      if (count > 0 && asciiLetter(text.charAt(text.length() - 1)) && asciiLetter(l.text().strip().charAt(0))) {
        text.append(' ');
      }
      text.append(l.text().strip());
      size = l.size();
      count++;
    }
    if (count > 0) {
      out.add(new Paragraph(text.toString().strip(), size, count));
    }
    return out;
  }

  private static boolean startsParagraph(List<Line> lines, int k) {
    Line l = lines.get(k);
    Line prev = lines.get(k - 1);
    if (Math.abs(l.size() - prev.size()) > 0.12 * l.size() || l.bold() != prev.bold()) {
      return true;
    }
    boolean sameColumn = overlaps(l, prev) && l.y() > prev.y();
    if (sameColumn && l.top() - prev.bottom() > 1.0 * l.size()) {
      return true;
    }
    double left = columnLeft(lines, k);
    return l.x0() - left > 0.8 * l.size();
  }

  /** The left edge of the column a line stands in: the leftmost line of its type near it that shares its column. */
  private static double columnLeft(List<Line> lines, int k) {
    Line l = lines.get(k);
    double left = l.x0();
    for (int j = Math.max(0, k - WINDOW); j < Math.min(lines.size(), k + WINDOW + 1); j++) {
      Line o = lines.get(j);
      if (j != k && overlaps(l, o) && Math.abs(o.size() - l.size()) < 0.12 * l.size()
          && Math.abs(o.y() - l.y()) < WINDOW * 2 * l.size()) {
        left = Math.min(left, o.x0());
      }
    }
    return left;
  }

  private static boolean overlaps(Line a, Line b) {
    return a.x0() < b.x1() && b.x0() < a.x1();
  }

  private static boolean asciiLetter(char c) {
    return c < 128 && Character.isLetter(c);
  }
}
