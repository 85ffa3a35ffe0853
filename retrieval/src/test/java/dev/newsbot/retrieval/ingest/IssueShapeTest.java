package dev.newsbot.retrieval.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which texts read like a newspaper issue: the committed issues do, the project's documents and system files do not. */
class IssueShapeTest {

  static final Path TEST_ISSUES = Path.of("src", "test", "resources");

  /** The five seeds, the ten generalisation issues and the English issue. */
  static List<Path> issues() throws IOException {
    List<Path> files = new ArrayList<>();
    SeedIssues.FILES.forEach(f -> files.add(SeedIssues.dir().resolve(f)));
    for (String folder : List.of("generalise/issues-tune", "generalise/issues-test", "generalise/issues-fresh", "generalise/issues-fresh2", "generalise/issues-fresh3", "english")) {
      try (Stream<Path> s = Files.list(TEST_ISSUES.resolve(folder))) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void everyCommittedIssueReadsLikeAnIssue() throws IOException {
    List<Path> files = issues();
    assertThat(files).hasSize(16);
    for (Path f : files) {
      IssueShape shape = IssueShape.of(Files.readString(f));
      assertThat(shape.readsLikeAnIssue()).as(f + " " + shape).isTrue();
      assertThat(shape.markupShare()).as(f.toString()).isZero();
    }
  }

  @Test
  void theProjectReadmeIsRefusedForItsMarkup() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    IssueShape shape = IssueShape.of(readme);
    assertThat(shape.markupShare()).isGreaterThan(0.3);
    assertThatThrownBy(() -> IssueShape.require("README.md", readme)).isInstanceOf(RejectedIssueException.class)
        .hasMessage("README.md does not read like a newspaper issue (" + Math.round(shape.markupShare() * 100)
            + " % of its text is code, tables or links, as in software documentation): send the text of one issue,"
            + " headlines and paragraphs separated by blank lines");
    for (String doc : List.of("design.md", "reliability.md", "benchmarks.md")) {
      assertThat(IssueShape.of(Files.readString(Path.of("..", "docs", doc))).readsLikeAnIssue()).as(doc).isFalse();
    }
  }

  @Test
  void systemAndSettingsFilesHaveNoParagraphs() throws IOException {
    String passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
        + "bin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\n";
    assertThatThrownBy(() -> IssueShape.require("passwd.txt", passwd))
        .hasMessage("passwd.txt does not read like a newspaper issue (only 0 % of its text stands in paragraphs of"
            + " sentences): send the text of one issue, headlines and paragraphs separated by blank lines");
    String settings = Files.readString(Path.of("..", "config", "newsbot.properties"));
    assertThat(IssueShape.of(settings).readsLikeAnIssue()).isFalse();
  }

  @Test
  void paragraphsWithoutAnyHeadlineAreNoIssue() {
    String letter = "这是一段很长的文字，写的是一封信的正文，没有标题，也没有版面标记，只有句子和句子连在一起。\n\n"
        + "第二段也是一样，没有任何标题在它前面，它只是一段接着一段的普通文字而已，读起来像一封信。\n";
    assertThat(IssueShape.of(letter).headlines()).isZero();
    assertThatThrownBy(() -> IssueShape.require("letter.txt", letter))
        .hasMessageContaining("(no paragraph has a headline or page marker before it)");
    assertThat(IssueShape.of("## 标题\n\n" + letter).readsLikeAnIssue()).isTrue();
  }

  @Test
  void aReprintWhoseParagraphIsCutByAPageBreakReadsLikeAnIssue() {
    // a headline ending in a bracket, then the first paragraphs of the commentary in 003, one cut mid-sentence
    String[] blocks = SeedIssues.text(SeedIssues.FILES.get(3)).strip().split("\\n\\s*\\n");
    String reprint = "民生实事回顾（转载）\n\n" + String.join("\n\n", java.util.Arrays.copyOf(blocks, 3)) + "\n";
    IssueShape shape = IssueShape.of(reprint);
    assertThat(shape.headlines()).isEqualTo(1);
    assertThat(shape.readsLikeAnIssue()).as(shape.toString()).isTrue();
  }

  @Test
  void latin1TextIsCalledLatin1NotBinary() {
    byte[] latin1 = "# Zürich café reopens\n\nThe café on the Münsterhof reopened on Monday, après two years.\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> IssueDecoder.decode("zeitung.txt", latin1)).isInstanceOf(RejectedIssueException.class)
        .hasMessage("zeitung.txt is Latin-1 (ISO-8859-1 or Windows-1252) text, not UTF-8, GB18030 or UTF-16:"
            + " convert it to UTF-8 (iconv -f WINDOWS-1252 -t UTF-8) and send it again");
    byte[] gbk = SeedIssues.text(SeedIssues.FILES.get(0)).getBytes(java.nio.charset.Charset.forName("GB18030"));
    assertThat(IssueDecoder.decode("gbk.txt", gbk)).isEqualTo(SeedIssues.text(SeedIssues.FILES.get(0)));
  }
}
