package dev.newsbot.retrieval.pdf;

/**
 * One printed line: glyphs on one baseline that follow each other without a gutter between them.
 * Coordinates are in points from the page's top left; {@code y} is the baseline.
 */
record Line(double x0, double x1, double y, double size, boolean bold, String text) {

  double top() {
    return y - size;
  }

  double bottom() {
    return y;
  }

  double width() {
    return x1 - x0;
  }

  /** The same line with one more fragment on its right. */
  Line extend(double toX, String more, boolean space) {
    return new Line(x0, Math.max(x1, toX), y, size, bold, text + (space ? " " : "") + more);
  }
}
