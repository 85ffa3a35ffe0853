package dev.newsbot.retrieval.pdf;

import dev.newsbot.retrieval.ingest.RejectedIssueException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * One issue sent as several PDFs (an e-paper often comes one page a file): the pages join one
 * PDF in the order of their printed page numbers, and a page sent again replaces the one kept.
 */
public final class EpaperPages {

  private EpaperPages() {}

  /**
   * The PDF holding the pages of {@code kept} and of {@code sent}, ordered by printed page; where
   * both hold a page of the same number, {@code sent}'s is taken.
   */
  public static byte[] join(String fileName, byte[] kept, byte[] sent) {
    List<Integer> keptPages = PdfIssue.read(fileName, kept, (d, n) -> { }).pages();
    List<Integer> sentPages = PdfIssue.read(fileName, sent, (d, n) -> { }).pages();
    try (PDDocument a = Loader.loadPDF(kept); PDDocument b = Loader.loadPDF(sent); PDDocument out = new PDDocument()) {
      Map<Integer, PDPage> pages = new TreeMap<>();
      for (int k = 0; k < keptPages.size(); k++) {
        pages.put(keptPages.get(k), a.getPage(k));
      }
      for (int k = 0; k < sentPages.size(); k++) {
        pages.put(sentPages.get(k), b.getPage(k));
      }
      for (PDPage p : pages.values()) {
        out.importPage(p);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new RejectedIssueException(fileName + " could not be joined with the pages kept before: send the"
          + " whole issue as one PDF");
    }
  }
}
