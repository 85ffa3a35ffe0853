package dev.newsbot.retrieval.pdf;

import dev.newsbot.retrieval.ingest.Markers;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's furniture, which is no article text: the masthead (the paper's name in the page's
 * largest type), the date line, running heads and footers with "第02版". Read for the paper, the
 * date and the page number, then left out of the article text.
 */
final class Furniture {

  private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern PAGE = Pattern.compile("第\\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*版");
  private static final Pattern PAPER = Pattern.compile("^[\\p{IsHan}]{2,10}(?:日报|晚报|时报|报)$");
  /** Furniture stands in the top and bottom bands of a page. */
  private static final double TOP_BAND = 0.16;
  private static final double BOTTOM_BAND = 0.93;
  private static final int LONGEST = 48;

  final Set<Line> lines = new HashSet<>();
  String paper;
  LocalDate date;
  OptionalInt page = OptionalInt.empty();

  /** Finds the furniture among a page's lines; {@code body} is the body text's size. */
  static Furniture of(List<Line> lines, double pageHeight, double body) {
    Furniture f = new Furniture();
    double topAnchor = -1;
    double bottomAnchor = Double.MAX_VALUE;
    for (Line l : lines) {
      boolean top = l.y() < pageHeight * TOP_BAND;
      boolean bottom = l.y() > pageHeight * BOTTOM_BAND;
      if (!top && !bottom || l.text().length() > LONGEST) {
        continue;
      }
      boolean anchor = f.read(l, body);
      if (anchor && top) {
        topAnchor = Math.max(topAnchor, l.y());
      } else if (anchor) {
        bottomAnchor = Math.min(bottomAnchor, l.y());
      }
    }
    for (Line l : lines) {
      boolean nearTop = topAnchor >= 0 && l.y() <= topAnchor + 1.5 * body && l.size() < 1.3 * body;
      boolean nearBottom = l.y() >= bottomAnchor - 1.5 * body;
      if (f.lines.contains(l) || (nearTop || nearBottom) && l.text().length() <= LONGEST) {
        f.lines.add(l);
      }
    }
    return f;
  }

  /** Reads one line of the bands; true when it is furniture. */
  private boolean read(Line l, double body) {
    String s = l.text().strip();
    String compact = s.replaceAll("\\s+", "");
    boolean found = false;
    if (l.size() >= 2.2 * body && PAPER.matcher(compact).matches()) {
      paper = paper == null ? compact : paper;
      found = true;
    }
    Matcher d = DATE.matcher(s);
    if (d.find()) {
      LocalDate read = date(d.group(1), d.group(2), d.group(3));
      if (read != null) {
        date = date == null ? read : date;
        found = true;
      }
    }
    Matcher p = PAGE.matcher(s);
    if (p.find()) {
      OptionalInt n = Markers.page(s.substring(p.start()));
      if (n.isPresent()) {
        page = page.isPresent() ? page : n;
        found = true;
      }
    }
    if (found) {
      lines.add(l);
    }
    return found;
  }

  List<Line> strip(List<Line> all) {
    List<Line> out = new ArrayList<>(all.size());
    for (Line l : all) {
      if (!lines.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
