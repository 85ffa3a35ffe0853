package dev.newsbot.retrieval.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * How long a 20-page e-paper takes to read (glyphs, reading order, typography), embedding aside:
 * the target is under 10 s. A benchmark run by hand, not a timed test:
 * {@code java -cp <test classpath> dev.newsbot.retrieval.pdf.EpaperReadBench}.
 */
public final class EpaperReadBench {

  private EpaperReadBench() {}

  public static void main(String[] args) throws IOException {
    byte[] pdf;
    try (EpaperWriter w = new EpaperWriter(false)) {
      for (int k = 0; k < 10; k++) {
        TwoPagePaper.page1(w.page()).write(2L * k + 1);
        TwoPagePaper.page2(w.page()).write(2L * k + 2);
      }
      pdf = w.bytes();
    }
    time("20 light pages written in the test", pdf);
    time("20 dense A3 pages (the positioned sample's three pages, repeated)", dense());
  }

  private static byte[] dense() throws IOException {
    try (PDDocument sample = Loader.loadPDF(EpaperWriter.sample("sample-004-positioned.pdf"));
        PDDocument out = new PDDocument()) {
      for (int k = 0; k < 20; k++) {
        out.importPage(sample.getPage(k % sample.getNumberOfPages()));
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static void time(String what, byte[] pdf) {
    for (int run = 1; run <= 3; run++) {
      long t0 = System.nanoTime();
      PdfIssue issue = PdfIssue.read("bench.pdf", pdf, (d, n) -> { });
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.println(String.format(Locale.ROOT, "%s, run %d: %d pages, %d characters in %.2f s", what, run,
          issue.pages().size(), issue.text().length(), s));
    }
  }
}
