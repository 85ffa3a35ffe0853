package dev.newsbot.retrieval.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;

/**
 * Writes e-paper PDFs for tests the way typesetting systems do: every line drawn at an absolute
 * position, a page's blocks written in shuffled order. No CJK font is installed where the tests
 * run, so the glyphs are those the sample PDF of the shared material embeds (its font's subsets),
 * drawn by their codes; a text needing a glyph the samples lack is refused with the characters
 * missing. {@code withoutUnicodeMaps} drops the fonts' ToUnicode maps, as some exporters do.
 */
final class EpaperWriter implements AutoCloseable {

  static final Path SAMPLES = Path.of("..", "..", "shared", "samples", "pdf").toAbsolutePath().normalize();
  static final float WIDTH = 842;
  static final float HEIGHT = 1191;

  private final PDDocument source;
  private final PDDocument doc = new PDDocument();
  /** A character's font (by resource name) and code in it. */
  private final Map<Integer, Glyph> glyphs = new LinkedHashMap<>();
  private final Map<String, PDFont> fonts = new LinkedHashMap<>();

  private record Glyph(String font, int code) {}

  EpaperWriter(boolean withoutUnicodeMaps) throws IOException {
    source = Loader.loadPDF(SAMPLES.resolve("sample-004-positioned.pdf").toFile());
    int n = 0;
    for (PDPage page : source.getPages()) {
      PDResources r = page.getResources();
      for (COSName name : r.getFontNames()) {
        PDFont f = r.getFont(name);
        if (f == null || fonts.containsValue(f) || f.getName() == null || !f.isEmbedded()) {
          continue;
        }
        String key = "G" + n++;
        fonts.put(key, withoutUnicodeMaps ? withoutToUnicode(f) : f);
        for (int code = 0; code < 256; code++) {
          String u = f.toUnicode(code);
          if (u != null && u.codePointCount(0, u.length()) == 1) {
            glyphs.putIfAbsent(u.codePointAt(0), new Glyph(key, code));
          }
        }
      }
    }
  }

  private static PDFont withoutToUnicode(PDFont f) throws IOException {
    COSDictionary copy = new COSDictionary();
    for (Map.Entry<COSName, COSBase> e : f.getCOSObject().entrySet()) {
      if (!e.getKey().equals(COSName.TO_UNICODE)) {
        copy.setItem(e.getKey(), e.getValue());
      }
    }
    return PDFontFactory.createFont(copy);
  }

  /** The characters of {@code text} no glyph is available for (spaces aside). */
  String missing(String text) {
    TreeSet<String> out = new TreeSet<>();
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !glyphs.containsKey(c))
        .forEach(c -> out.add(new String(Character.toChars(c))));
    return String.join("", out);
  }

  /** One page; its blocks are written in an order shuffled by {@code seed}. */
  final class Page {
    private final List<String> blocks = new ArrayList<>();
    private StringBuilder block = new StringBuilder();

    /** Ends the block being drawn; the next lines start another. */
    Page block() {
      if (!block.isEmpty()) {
        blocks.add(block.toString());
        block = new StringBuilder();
      }
      return this;
    }

    /** One line at {@code x} with its baseline at {@code y}, both from the page's top left. */
    Page line(double x, double y, double size, String text) {
      String gaps = missing(text);
      if (!gaps.isEmpty()) {
        throw new IllegalArgumentException("no glyph for " + gaps + " in: " + text);
      }
      double cx = x;
      for (int cp : text.codePoints().toArray()) {
        if (Character.isWhitespace(cp)) {
          cx += size / 2;
          continue;
        }
        Glyph g = glyphs.get(cp);
        block.append(String.format(Locale.ROOT, "BT /%s %.2f Tf 1 0 0 1 %.2f %.2f Tm <%02X> Tj ET%n", g.font(), size, cx,
            HEIGHT - y, g.code()));
        cx += cp < 0x2E80 ? size * 0.55 : size;
      }
      return this;
    }

    /**
     * A paragraph set in a column {@code chars} characters wide from {@code y} down, its first line
     * indented by two characters; returns the baseline after its last line.
     */
    double paragraph(double x, double y, double size, int chars, String text) {
      double lead = size * 1.5;
      int from = 0;
      boolean first = true;
      while (from < text.length()) {
        int room = first ? chars - 2 : chars;
        int to = Math.min(text.length(), from + room);
        line(first ? x + 2 * size : x, y, size, text.substring(from, to));
        y += lead;
        from = to;
        first = false;
      }
      return y;
    }

    /** A picture's frame (a photo, drawn as a box). */
    Page frame(double x, double y, double w, double h) {
      block.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f re S%n", x, HEIGHT - y - h, w, h));
      return this;
    }

    void write(long seed) throws IOException {
      block();
      List<String> order = new ArrayList<>(blocks);
      Collections.shuffle(order, new Random(seed));
      PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
      PDResources resources = new PDResources();
      fonts.forEach((k, f) -> resources.put(COSName.getPDFName(k), f));
      page.setResources(resources);
      byte[] content = String.join("", order).getBytes(StandardCharsets.US_ASCII);
      page.setContents(new PDStream(doc, new ByteArrayInputStream(content)));
      doc.addPage(page);
    }
  }

  Page page() {
    return new Page();
  }

  PDDocument document() {
    return doc;
  }

  byte[] bytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    doc.close();
    source.close();
  }

  static byte[] sample(String name) {
    try {
      return Files.readAllBytes(SAMPLES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("the sample PDFs are in ../shared/samples/pdf beside the checkout", e);
    }
  }
}
