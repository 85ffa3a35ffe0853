package dev.newsbot.retrieval.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a page's glyph positions (in the order the content stream draws them, which need not be
 * reading order) and joins those on one baseline that touch into {@link Line}s.
 */
final class GlyphLines extends PDFTextStripper {

  private final List<Line> lines = new ArrayList<>();
  private int glyphs;
  private int unmapped;

  GlyphLines() throws IOException {
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  /** The lines of page {@code index} (0-based). */
  List<Line> page(PDDocument doc, int index) throws IOException {
    lines.clear();
    setStartPage(index + 1);
    setEndPage(index + 1);
    writeText(doc, Writer.nullWriter());
    return List.copyOf(lines);
  }

  /** Glyphs seen so far, over all pages read. */
  int glyphs() {
    return glyphs;
  }

  /** Glyphs whose font maps them to no character. */
  int unmapped() {
    return unmapped;
  }

  @Override
  protected void startPage(PDPage page) {
    lines.clear();
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    if (positions.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    double x0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      glyphs++;
      if (u == null || u.isEmpty() || u.codePoints().anyMatch(c -> c == 0xFFFD || Character.isISOControl(c))) {
        unmapped++;
        continue;
      }
      sb.append(u);
      x0 = Math.min(x0, p.getXDirAdj());
      x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
    }
    if (sb.isEmpty()) {
      return;
    }
    TextPosition first = positions.get(0);
    double size = first.getFontSizeInPt();
    String s = sb.toString();
    Line line = new Line(x0, x1, first.getYDirAdj(), size, bold(first.getFont()), s);
    if (!lines.isEmpty()) {
      Line last = lines.get(lines.size() - 1);
      double gap = x0 - last.x1();
      if (Math.abs(last.y() - line.y()) < 0.3 * size && gap > -0.5 * size && gap < 0.9 * size
          && Math.abs(last.size() - size) < 0.15 * size) {
        boolean space = gap > 0.25 * size && latin(last.text().charAt(last.text().length() - 1)) && latin(s.charAt(0));
        lines.set(lines.size() - 1, last.extend(x1, s.strip().isEmpty() ? "" : s, space));
        return;
      }
    }
    if (!s.isBlank()) {
      lines.add(line);
    }
  }

  private static boolean latin(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }

  private static boolean bold(PDFont font) {
    if (font == null) {
      return false;
    }
    PDFontDescriptor d = font.getFontDescriptor();
    String name = font.getName() == null ? "" : font.getName().toLowerCase(java.util.Locale.ROOT);
    return name.contains("bold") || name.contains("black") || name.contains("heavy")
        || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
  }
}
