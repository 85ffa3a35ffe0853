package dev.newsbot.retrieval.pdf;

import dev.newsbot.retrieval.ingest.Article;
import dev.newsbot.retrieval.ingest.IssueMeta;
import dev.newsbot.retrieval.ingest.IssueParser;
import dev.newsbot.retrieval.ingest.ParsedIssue;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** E-paper PDFs written in the test, line by line with their blocks out of order, read back as an issue's text. */
class PdfIssueTest {

  private static final PdfIssue.Pages QUIET = (done, total) -> { };

  @Test
  void aPageIsReadInReadingOrderWithoutItsFurniture() throws IOException {
    List<String> progress = new ArrayList<>();
    PdfIssue pdf = PdfIssue.read("paper.pdf", TwoPagePaper.write(), (d, n) -> progress.add(d + "/" + n));
    assertThat(progress).containsExactly("1/2", "2/2");
    assertThat(pdf.paper()).isEqualTo("株洲日报");
    assertThat(pdf.date()).isEqualTo(LocalDate.of(2025, 6, 14));
    assertThat(pdf.pages()).containsExactly(1, 2);
    List<String> expected = new ArrayList<>();
    expected.add("第01版");
    expected.add("## " + TwoPagePaper.KICKER);
    expected.add("## " + TwoPagePaper.PARKS.replace(" ", ""));
    expected.add("株洲日报全媒体记者/李文通讯员/王红");
    TwoPagePaper.PARKS_P1.forEach(p -> expected.add(p.replace(" ", "")));
    expected.add("## " + TwoPagePaper.COOL);
    TwoPagePaper.COOL_TEXT.forEach(p -> expected.add(p.replace(" ", "")));
    expected.add(TwoPagePaper.CAPTION.replace(" ", ""));
    expected.add("第02版");
    expected.add("(上接1版)");
    TwoPagePaper.PARKS_P2.forEach(p -> expected.add(p.replace(" ", "")));
    expected.add("## " + TwoPagePaper.PRIZE);
    TwoPagePaper.PRIZE_TEXT.forEach(p -> expected.add(p.replace(" ", "")));
    assertThat(pdf.text()).isEqualTo(String.join("\n\n", expected) + "\n");
  }

  @Test
  void theContinuedStoryGoesOnUnderItsPageOneHeadlineAndItsPageTwoParagraphsKeepTheirPage() throws IOException {
    PdfIssue pdf = PdfIssue.read("paper.pdf", TwoPagePaper.write(), QUIET);
    ParsedIssue issue = IssueParser.parse("paper.pdf", pdf.text(), new IssueMeta(pdf.paper(), pdf.date(), false));
    List<String> titles = issue.articles().stream().map(Article::title).toList();
    String parks = TwoPagePaper.KICKER + " " + TwoPagePaper.PARKS.replace(" ", "");
    assertThat(titles).containsExactly(parks, TwoPagePaper.COOL, parks, TwoPagePaper.PRIZE);
    Article first = issue.articles().get(0);
    Article rest = issue.articles().get(2);
    assertThat(rest.continuation()).isTrue();
    assertThat(first.paragraphs().stream().map(p -> p.page() + ":" + p.text().substring(0, 4)).toList())
        .containsExactly("1:株洲日报", "1:三座小游", "1:市城市管", "1:下一步,");
    assertThat(rest.paragraphs().stream().map(p -> p.page() + ":" + p.text().substring(0, 4)).toList())
        .containsExactly("2:据了解,", "2:家住石峰");
  }

  @Test
  void anEncryptedPdfIsRefused() throws IOException {
    byte[] bytes;
    try (EpaperWriter w = new EpaperWriter(false)) {
      TwoPagePaper.page1(w.page()).write(1);
      w.document().protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
      bytes = w.bytes();
    }
    assertThatThrownBy(() -> PdfIssue.read("locked.pdf", bytes, QUIET)).isInstanceOf(RejectedIssueException.class)
        .hasMessage("locked.pdf is an encrypted PDF and newsbot cannot read its text: send the e-paper PDF without"
            + " a password (or the issue's text as a .txt file)");
  }

  @Test
  void aScanWithoutTextIsRefusedSayingThereIsNoOcr() throws IOException {
    byte[] bytes;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage scan = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
      scan.getGraphics().drawString("scan", 20, 20);
      PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(image, 50, 50, 400, 600);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      bytes = out.toByteArray();
    }
    assertThatThrownBy(() -> PdfIssue.read("scan.pdf", bytes, QUIET)).isInstanceOf(RejectedIssueException.class)
        .hasMessage("scan.pdf has no text to read, only images (a scan?): newsbot does no OCR; send the e-paper PDF"
            + " exported with its text, or the issue's text as a .txt file");
  }

  @Test
  void fontsWithoutAUnicodeMapGiveGarbledTextAndAreRefused() throws IOException {
    byte[] bytes;
    try (EpaperWriter w = new EpaperWriter(true)) {
      TwoPagePaper.page1(w.page()).write(1);
      bytes = w.bytes();
    }
    assertThatThrownBy(() -> PdfIssue.read("garbled.pdf", bytes, QUIET)).isInstanceOf(RejectedIssueException.class)
        .hasMessageStartingWith("garbled.pdf gives garbled text (only ")
        .hasMessageEndingWith("common Chinese characters): its fonts map glyphs to no Unicode; export the PDF again"
            + " with Unicode (ToUnicode) font maps, or send the issue's text as a .txt file");
  }

  @Test
  void aPdfThatIsNoNewspaperIsRefused() throws IOException {
    byte[] bytes;
    try (EpaperWriter w = new EpaperWriter(false)) {
      EpaperWriter.Page p = w.page();
      p.paragraph(40, 300, 10, 30, TwoPagePaper.PRIZE_TEXT.get(1) + TwoPagePaper.PRIZE_TEXT.get(2));
      p.write(1);
      bytes = w.bytes();
    }
    assertThatThrownBy(() -> PdfIssue.read("letter.pdf", bytes, QUIET)).isInstanceOf(RejectedIssueException.class)
        .hasMessage("letter.pdf does not look like a newspaper: no masthead, no date, no page marker (第N版) and no"
            + " headline; send an e-paper PDF of the paper's pages");
  }

  @Test
  void bytesThatAreNoPdfAreNotTakenForOne() {
    assertThat(PdfIssue.isPdf("%PDF-1.7\n".getBytes())).isTrue();
    assertThat(PdfIssue.isPdf("株洲日报".getBytes())).isFalse();
  }
}
