package dev.newsbot.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one path new issues take, with a real SQLite index and a model-free embedder that counts
 * what it embeds (the embedder is the store's declared test seam).
 */
class IssueIntakeTest {

  static final Path SEEDS = Path.of("../seeds");
  static final String A = "000_6a32f752367869b0.txt";
  static final String B = "001_4237cd71e9e911f0.txt";
  static final String C = "002_a6ff651a8bc0a567.txt";

  @TempDir
  Path dir;

  Path seeds;
  HashingEmbedder embedder;
  NewsIndex index;
  IssueIntake intake;

  @BeforeEach
  void open() throws IOException {
    seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.copy(SEEDS.resolve(A), seeds.resolve(A));
    Files.copy(SEEDS.resolve(B), seeds.resolve(B));
    embedder = new HashingEmbedder(64);
    index = NewsIndex.open(dir.resolve("data"), embedder, SearchMode.LEXICAL);
    intake = new IssueIntake(index, seeds, 5_000_000);
    intake.reindex(false, IndexProgress.NONE);
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void anUploadIsKeptInTheSeedsFolderAndIndexedAtOnce() throws IOException {
    byte[] bytes = Files.readAllBytes(SEEDS.resolve(C));
    IssueIntake.Intake r = intake.addUpload(C, bytes, IndexProgress.NONE);
    assertThat(r.duplicate()).isFalse();
    assertThat(r.report().added()).containsExactly(C);
    assertThat(Files.readAllBytes(seeds.resolve(C))).isEqualTo(bytes);
    assertThat(index.issues()).extracting(IssueInfo::issue).contains(C);
    assertThat(index.ask("咱们株洲那2辆母亲健康快车分别放在哪里？").citations())
        .anySatisfy(c -> assertThat(c.issue()).isEqualTo(C));
  }

  @Test
  void gb18030AndUtf16FilesAreConvertedAndAnswerTheSameAsUtf8() throws IOException {
    String text = Files.readString(SEEDS.resolve(C));
    intake.addUpload("gbk-issue.txt", text.getBytes(Charset.forName("GB18030")), IndexProgress.NONE);
    byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    IssueIntake.Intake again = intake.addUpload("utf16-issue.txt", utf16, IndexProgress.NONE);
    assertThat(again.duplicate()).as("the same text in UTF-16 is already indexed").isTrue();
    assertThat(again.existing().issue()).isEqualTo("gbk-issue.txt");
    var gbk = index.ask("咱们株洲那2辆母亲健康快车分别放在哪里？").citations();
    assertThat(gbk).isNotEmpty();
    assertThat(index.citedParagraph("gbk-issue.txt", gbk.get(0).start(), gbk.get(0).end())).isPresent();
    assertThat(index.issueText("gbk-issue.txt")).contains(text);
    assertThat(index.issueText("utf16-issue.txt")).isEmpty();
  }

  @Test
  void theSameTextInGb18030IsAlreadyIndexed() throws IOException {
    byte[] gbk = Files.readString(SEEDS.resolve(A)).getBytes(Charset.forName("GB18030"));
    IssueIntake.Intake r = intake.addUpload(A, gbk, IndexProgress.NONE);
    assertThat(r.duplicate()).isTrue();
    assertThat(r.existing().issue()).isEqualTo(A);
    assertThat(Files.readAllBytes(seeds.resolve(A))).isEqualTo(Files.readAllBytes(SEEDS.resolve(A)));
    assertThat(index.issues()).hasSize(2);
  }

  @Test
  void aCorrectedEditionUnderTheSameNameReplacesTheIssue() throws IOException {
    String old = index.issueText(A).orElseThrow();
    byte[] corrected = (Files.readString(SEEDS.resolve(A)).replace("积雪可达6至8厘米", "积雪可达8至10厘米"))
        .getBytes(StandardCharsets.UTF_8);
    IssueIntake.Intake r = intake.addUpload(A, corrected, IndexProgress.NONE);
    assertThat(r.duplicate()).isFalse();
    assertThat(r.file()).isEqualTo(A);
    assertThat(r.report().changed()).containsExactly(A);
    assertThat(r.report().added()).isEmpty();
    assertThat(ReportText.of(r.report())).contains("Changed (1): " + A);
    assertThat(index.issues()).extracting(IssueInfo::issue).containsExactly(A, B);
    assertThat(index.issueText(A).orElseThrow()).contains("积雪可达8至10厘米").doesNotContain("积雪可达6至8厘米");
    assertThat(Files.readAllBytes(seeds.resolve(A))).isEqualTo(corrected);
    assertThat(Files.readString(r.report().keptIn().resolve(A))).isEqualTo(old);
  }

  @Test
  void aCorrectedEditionOfTheSamePaperAndDateReplacesItUnderItsName() throws IOException {
    String dated = "株洲日报_2024-03-12.txt";
    String text = Files.readString(SEEDS.resolve(C));
    assertThat(intake.addUpload(dated, text.getBytes(StandardCharsets.UTF_8), IndexProgress.NONE).report().added())
        .containsExactly(dated);
    byte[] corrected = (text + "\n\n# 更正\n\n本报3月11日一文中的数字有误，特此更正，并向读者致歉。\n")
        .getBytes(StandardCharsets.UTF_8);
    IssueIntake.Intake r = intake.addUpload("株洲日报_2024-03-12_更正版.txt", corrected, IndexProgress.NONE);
    assertThat(r.file()).isEqualTo(dated);
    assertThat(r.report().changed()).containsExactly(dated);
    assertThat(index.issues()).extracting(IssueInfo::issue).containsExactly(A, B, dated);
    assertThat(Files.exists(seeds.resolve("株洲日报_2024-03-12_更正版.txt"))).isFalse();
    assertThat(Files.readAllBytes(seeds.resolve(dated))).isEqualTo(corrected);
  }

  @Test
  void aLinkIsRefusedByNameAndNotFollowed() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Files.copy(SEEDS.resolve(C), outside.resolve(C));
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), outside.resolve(C).toAbsolutePath());
    assertThatThrownBy(() -> intake.addFile(link, IndexProgress.NONE)).isInstanceOf(RejectedIssueException.class)
        .hasMessage(link + " is a symbolic link, and newsbot does not follow links: give the path of the issue file"
            + " itself");
    Path passwd = Files.createSymbolicLink(dir.resolve("passwd.txt"), Path.of("/etc/passwd"));
    assertThatThrownBy(() -> intake.addFile(passwd, IndexProgress.NONE)).hasMessageStartingWith(passwd
        + " is a symbolic link");
    assertThat(index.issues()).hasSize(2);
    try (Stream<Path> files = Files.list(seeds)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(A, B);
    }
  }

  @Test
  void theProjectReadmeIsRefused() {
    assertThatThrownBy(() -> intake.addFile(Path.of("..", "README.md"), IndexProgress.NONE))
        .isInstanceOf(RejectedIssueException.class)
        .hasMessageStartingWith("README.md does not read like a newspaper issue (")
        .hasMessageEndingWith("% of its text is code, tables or links, as in software documentation): send the"
            + " text of one issue, headlines and paragraphs separated by blank lines");
    assertThat(Files.exists(seeds.resolve("README.md"))).isFalse();
    assertThat(index.issues()).hasSize(2);
  }

  @Test
  void theSameFileTwiceIsAlreadyIndexed() throws IOException {
    IssueIntake.Intake r = intake.addUpload("again.txt", Files.readAllBytes(SEEDS.resolve(A)), IndexProgress.NONE);
    assertThat(r.duplicate()).isTrue();
    assertThat(r.existing().issue()).isEqualTo(A);
    assertThat(Files.exists(seeds.resolve("again.txt"))).isFalse();
  }

  @Test
  void aDifferentFileUnderAnIndexedNameDoesNotOverwriteIt() throws IOException {
    byte[] original = Files.readAllBytes(seeds.resolve(A));
    IssueIntake.Intake r = intake.addUpload(A, Files.readAllBytes(SEEDS.resolve(C)), IndexProgress.NONE);
    assertThat(r.file()).isEqualTo("000_6a32f752367869b0-2.txt");
    assertThat(Files.readAllBytes(seeds.resolve(A))).isEqualTo(original);
  }

  /** The shared material beside the checkout holds e-paper PDFs typeset from the seeds. */
  static final Path SAMPLES = Path.of("../../shared/samples/pdf");

  @Test
  void anEPaperPdfIsKeptAsItCameAndIndexedUnderTheDateItsMastheadPrints() throws IOException {
    byte[] pdf = Files.readAllBytes(SAMPLES.resolve("sample-004-positioned.pdf"));
    java.util.List<String> phases = new java.util.ArrayList<>();
    IssueIntake.Intake r = intake.addUpload("sample 004.pdf", pdf, (phase, done, total) -> {
      if (phase.equals("reading pages") || phase.equals("articles found")) {
        phases.add(phase + " " + done + "/" + total);
      }
    });
    assertThat(r.file()).isEqualTo("sample_004.pdf");
    assertThat(Files.readAllBytes(seeds.resolve("sample_004.pdf"))).isEqualTo(pdf);
    assertThat(r.report().added()).containsExactly("sample_004.pdf");
    IssueInfo read = index.issues().stream().filter(i -> i.issue().equals("sample_004.pdf")).findFirst().orElseThrow();
    assertThat(phases).containsExactly("reading pages 1/3", "reading pages 2/3", "reading pages 3/3",
        "articles found " + read.articles() + "/" + read.articles());
    IssueInfo info = index.issues().stream().filter(i -> i.issue().equals("sample_004.pdf")).findFirst().orElseThrow();
    assertThat(info.date()).hasToString("2023-12-23");
    assertThat(info.dateInferred()).isFalse();
    assertThat(info.pages()).as("the pages /sources shows").containsExactly(1, 2, 3);
    IssueIntake small = new IssueIntake(index, seeds, 100_000);
    assertThatThrownBy(() -> small.addUpload("big.pdf", pdf, IndexProgress.NONE))
        .isInstanceOf(RejectedIssueException.class)
        .hasMessageEndingWith("over the 0.1 MB limit: send one issue per file, an e-paper one page per PDF (or raise"
            + " upload.max-bytes)");
  }

  /** Page {@code k} (0-based) of a sample e-paper as a PDF of its own. */
  private static byte[] page(String sample, int k) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(SAMPLES.resolve(sample).toFile());
        org.apache.pdfbox.pdmodel.PDDocument one = new org.apache.pdfbox.pdmodel.PDDocument()) {
      one.importPage(doc.getPage(k));
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      one.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void pagesSentOneByOneJoinTheirIssueInPageOrderAndAPageSentAgainReplacesIt() throws IOException {
    String flowing = "sample-001-flowing.pdf"; // pages 1 and 2 print the date (masthead, running head)
    IssueIntake.Intake first = intake.addUpload("page2.pdf", page(flowing, 1), IndexProgress.NONE);
    assertThat(first.report().added()).containsExactly("page2.pdf");
    IssueIntake.Intake second = intake.addUpload("page1.pdf", page(flowing, 0), IndexProgress.NONE);
    assertThat(second.file()).isEqualTo("page2.pdf");
    assertThat(second.report().changed()).containsExactly("page2.pdf");
    byte[] joined = Files.readAllBytes(seeds.resolve("page2.pdf"));
    assertThat(dev.newsbot.retrieval.pdf.PdfIssue.read("page2.pdf", joined, (d, n) -> { }).pages())
        .containsExactly(1, 2);
    IssueIntake.Intake again = intake.addUpload("page2-again.pdf", page(flowing, 1), IndexProgress.NONE);
    assertThat(again.file()).isEqualTo("page2.pdf");
    assertThat(dev.newsbot.retrieval.pdf.PdfIssue.read("page2.pdf", Files.readAllBytes(seeds.resolve("page2.pdf")),
        (d, n) -> { }).pages()).containsExactly(1, 2);
    try (Stream<Path> files = Files.list(seeds)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")))
          .containsExactly("page2.pdf");
    }
    IssueInfo info = index.issues().stream().filter(i -> i.issue().equals("page2.pdf")).findFirst().orElseThrow();
    assertThat(info.date()).hasToString("2024-03-09");
    assertThat(info.dateInferred()).isFalse();
    assertThat(index.issues().stream().filter(i -> i.issue().endsWith(".pdf")).count()).isEqualTo(1);
  }

  @Test
  void refusedFilesSayWhyAndWhatToSend() {
    assertThatThrownBy(() -> intake.addUpload("empty.txt", new byte[0], IndexProgress.NONE))
        .isInstanceOf(RejectedIssueException.class).hasMessage("empty.txt is empty: send the issue's text as a UTF-8 .txt file");
    assertThatThrownBy(() -> intake.addUpload("blank.txt", "  \n\n ".getBytes(), IndexProgress.NONE))
        .hasMessageContaining("is empty");
    byte[] pdf = "%PDF-1.7\n\u0000\u0001\u0002\u0003binary\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> intake.addUpload("issue.pdf", pdf, IndexProgress.NONE))
        .isInstanceOf(RejectedIssueException.class).hasMessage("issue.pdf is not a readable PDF (it is damaged or"
            + " cut short): send the e-paper PDF as the publisher exports it, or the issue's text as a .txt file");
    IssueIntake small = new IssueIntake(index, seeds, 2048);
    assertThatThrownBy(() -> small.addUpload("big.txt", new byte[4096], IndexProgress.NONE))
        .hasMessageContaining("over the 0.0 MB limit").hasMessageContaining("upload.max-bytes");
    assertThatThrownBy(() -> intake.addUpload("noise.txt", "。。。\n\n，，".getBytes(StandardCharsets.UTF_8),
        IndexProgress.NONE)).hasMessageContaining("holds no article");
    assertThat(index.issues()).hasSize(2);
  }

  @Test
  void fileNamesCannotLeaveTheSeedsFolder() throws IOException {
    assertThat(IssueIntake.safeName("../../etc/passwd")).isEqualTo("passwd.txt");
    assertThat(IssueIntake.safeName("..\\..\\windows\\win.ini")).isEqualTo("win.ini.txt");
    assertThat(IssueIntake.safeName(".hidden.txt")).isEqualTo("hidden.txt");
    assertThat(IssueIntake.safeName("株洲日报 2024-03-12.txt")).isEqualTo("株洲日报_2024-03-12.txt");
    assertThat(IssueIntake.safeName("a\u0000b;rm -rf.md")).isEqualTo("a_b_rm_-rf.md");
    assertThat(IssueIntake.safeName("")).isEqualTo("issue.txt");
    assertThat(IssueIntake.safeName("株洲日报 第1版.PDF")).isEqualTo("株洲日报_第1版.PDF");
    assertThat(IssueIntake.safeName("x".repeat(300) + ".txt")).hasSize(100).endsWith(".txt");
    intake.addUpload("../../escape.txt", Files.readAllBytes(SEEDS.resolve(C)), IndexProgress.NONE);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("escape.txt");
    }
    assertThat(Files.exists(seeds.resolve("escape.txt"))).isTrue();
  }

  @Test
  void anIncrementalRunEmbedsOnlyTheChangedIssue() throws IOException {
    long before = embedder.embedded();
    IndexReport same = intake.reindex(false, IndexProgress.NONE);
    assertThat(same.isNoop()).isTrue();
    assertThat(embedder.embedded()).isEqualTo(before);

    int chunksOfB = index.issues().stream().filter(i -> i.issue().equals(B)).findFirst().orElseThrow().chunks();
    Files.writeString(seeds.resolve(B), Files.readString(seeds.resolve(B)) + "\n\n# 新增一篇\n\n株洲日报讯 新加的一段文字。\n");
    IndexReport changed = intake.reindex(false, IndexProgress.NONE);
    assertThat(changed.changed()).containsExactly(B);
    assertThat(changed.unchanged()).containsExactly(A);
    assertThat(changed.chunksRemoved()).isEqualTo(chunksOfB);
    assertThat(embedder.embedded() - before).isEqualTo(changed.chunksAdded());
    assertThat(changed.chunksAdded()).isEqualTo(chunksOfB + 1);
  }

  @Test
  void anIssueWhoseFileIsGoneIsRemovedOnlyWhenPruning() throws IOException {
    Files.delete(seeds.resolve(B));
    IndexReport kept = intake.reindex(false, IndexProgress.NONE);
    assertThat(kept.missing()).containsExactly(B);
    assertThat(kept.removed()).isEmpty();
    assertThat(index.issues()).hasSize(2);
    IndexReport pruned = intake.reindex(true, IndexProgress.NONE);
    assertThat(pruned.removed()).containsExactly(B);
    assertThat(index.issues()).extracting(IssueInfo::issue).containsExactly(A);
    assertThat(ReportText.of(pruned)).contains("Removed (1): " + B);
  }
}
