package dev.newsbot.retrieval.pdf;

import dev.newsbot.retrieval.ingest.Markers;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The text of an e-paper PDF in the shape of an issue file: each page opens with its page marker
 * ("第02版"), then its headlines ("## "), bylines, captions and paragraphs in reading order,
 * separated by blank lines; the masthead, running heads and footers are left out but give the
 * paper, the date and the page numbers. This text is what the index keeps and quotes from.
 */
public final class PdfIssue {

  /** Body text of a newspaper is set in at least this many glyphs per page on average. */
  private static final int FEWEST_GLYPHS = 20;

  private final String text;
  private final String paper;
  private final LocalDate date;
  private final List<Integer> pages;

  private PdfIssue(String text, String paper, LocalDate date, List<Integer> pages) {
    this.text = text;
    this.paper = paper;
    this.date = date;
    this.pages = List.copyOf(pages);
  }

  /** Receives the pages read so far. */
  @FunctionalInterface
  public interface Pages {
    void read(int done, int total);
  }

  /** True when the bytes are a PDF file (they start with "%PDF-"). */
  public static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
        && bytes[4] == '-';
  }

  /**
   * Reads an e-paper PDF.
   *
   * @throws RejectedIssueException saying what to send instead when the PDF is encrypted, has no
   *     text (a scan), has fonts that map to no Unicode, or is no newspaper
   */
  public static PdfIssue read(String fileName, byte[] bytes, Pages progress) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        throw Refusals.encrypted(fileName);
      }
      return read(fileName, doc, progress);
    } catch (InvalidPasswordException e) {
      throw Refusals.encrypted(fileName);
    } catch (IOException e) {
      throw Refusals.unreadable(fileName);
    }
  }

  private static PdfIssue read(String fileName, PDDocument doc, Pages progress) throws IOException {
    int n = doc.getNumberOfPages();
    GlyphLines glyphs = new GlyphLines();
    List<List<Line>> raw = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      raw.add(glyphs.page(doc, k));
      progress.read(k + 1, n);
    }
    if (glyphs.glyphs() < FEWEST_GLYPHS * Math.max(1, n)) {
      throw Refusals.noText(fileName);
    }
    double body = bodySize(raw);
    StringBuilder sb = new StringBuilder();
    String paper = null;
    LocalDate date = null;
    List<Integer> pages = new ArrayList<>();
    boolean marked = false;
    for (int k = 0; k < n; k++) {
      PDPage page = doc.getPage(k);
      Furniture f = Furniture.of(raw.get(k), page.getMediaBox().getHeight(), body);
      paper = paper == null ? f.paper : paper;
      date = date == null ? f.date : date;
      marked |= f.page.isPresent();
      int number = f.page.orElse(k + 1);
      pages.add(number);
      List<Line> ordered = ReadingOrder.of(f.strip(raw.get(k)), 0.6 * body);
      List<String> paragraphs = new ArrayList<>(Paragraphs.of(ordered, body));
      if (!sb.isEmpty() && !paragraphs.isEmpty() && !endsSentence(sb)
          && Markers.continuedFrom(paragraphs.get(0)) == 0 && Paragraphs.opensMidParagraph(ordered, body)) {
        sb.append(paragraphs.remove(0)); // a paragraph over the page break stays whole, on the page it starts on
      }
      if (!sb.isEmpty()) {
        sb.append("\n\n");
      }
      sb.append(String.format(Locale.ROOT, "第%02d版", number));
      for (String p : paragraphs) {
        sb.append("\n\n").append(p);
      }
    }
    sb.append('\n');
    String text = sb.toString();
    double readable = Readability.score(text);
    if (glyphs.unmapped() * 5 > glyphs.glyphs() || readable < Readability.READABLE) {
      throw Refusals.garbled(fileName, readable);
    }
    if (paper == null && date == null && !marked && !hasHeadline(raw, body)) {
      throw Refusals.notANewspaper(fileName);
    }
    return new PdfIssue(text, paper, date, pages);
  }

  private static boolean endsSentence(CharSequence text) {
    char last = text.charAt(text.length() - 1);
    return "。！？!?”\"）)】摄".indexOf(last) >= 0;
  }

  /** The size most of the text is set in, weighted by characters. */
  private static double bodySize(List<List<Line>> pages) {
    Map<Long, Integer> chars = new HashMap<>();
    for (List<Line> page : pages) {
      for (Line l : page) {
        chars.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
      }
    }
    return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2.0)
        .orElse(10.0);
  }

  private static boolean hasHeadline(List<List<Line>> pages, double body) {
    return pages.stream().flatMap(List::stream).anyMatch(l -> l.size() >= Paragraphs.HEADLINE * body);
  }

  /** The issue's text as the index keeps it. */
  public String text() {
    return text;
  }

  /** The paper named in the masthead, or null. */
  public String paper() {
    return paper;
  }

  /** The date printed in the masthead or a running head, or null. */
  public LocalDate date() {
    return date;
  }

  /** The page numbers printed on the pages, in file order. */
  public List<Integer> pages() {
    return pages;
  }
}
