package dev.newsbot.retrieval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A benchmark rewrites its own part of docs/benchmarks.md and nothing else. */
class GeneratedSectionTest {

  private static final GeneratedSection MAIN = new GeneratedSection("main", "`bench`");
  private static final Path DOC = Path.of("../docs/benchmarks.md");

  @Test
  void rewritingTheBenchPartOfTheCommittedFileKeepsTheSolrPartAndTheProse() throws Exception {
    String before = Files.readString(DOC, StandardCharsets.UTF_8);
    String after = MAIN.put(before, "# Benchmarks", "| what | measured |\n|---|---|\n| new | 1 ms |\n");
    String solrBegin = SolrBeside.SECTION.begin();
    String solrEnd = SolrBeside.SECTION.end();
    assertThat(before).contains(solrBegin, solrEnd, MAIN.begin(), MAIN.end());
    String solrPart = before.substring(before.indexOf(solrBegin), before.indexOf(solrEnd));
    assertThat(after).contains(solrPart);
    assertThat(after.substring(after.indexOf(MAIN.end()))).isEqualTo(before.substring(before.indexOf(MAIN.end())));
    assertThat(after.substring(0, after.indexOf(MAIN.begin())))
        .isEqualTo(before.substring(0, before.indexOf(MAIN.begin())));
    assertThat(after).contains(MAIN.begin() + "\n| what | measured |\n|---|---|\n| new | 1 ms |\n" + MAIN.end() + "\n");
    assertThat(MAIN.put(after, "# Benchmarks", "| what | measured |\n|---|---|\n| new | 1 ms |\n")).isEqualTo(after);
  }

  @Test
  void onlyTheNamedPartChanges() {
    String doc = "# Benchmarks\n\nintro\n\n" + MAIN.begin() + "\nold table\n" + MAIN.end() + "\n\nhand notes\n\n"
        + SolrBeside.SECTION.begin() + "\nsolr table\n" + SolrBeside.SECTION.end() + "\ntail\n";
    assertThat(MAIN.put(doc, "# Benchmarks", "new table")).isEqualTo("# Benchmarks\n\nintro\n\n" + MAIN.begin()
        + "\nnew table\n" + MAIN.end() + "\n\nhand notes\n\n" + SolrBeside.SECTION.begin() + "\nsolr table\n"
        + SolrBeside.SECTION.end() + "\ntail\n");
    assertThat(SolrBeside.SECTION.put(doc, "# Benchmarks", "solr 2\n")).isEqualTo("# Benchmarks\n\nintro\n\n"
        + MAIN.begin() + "\nold table\n" + MAIN.end() + "\n\nhand notes\n\n" + SolrBeside.SECTION.begin()
        + "\nsolr 2\n" + SolrBeside.SECTION.end() + "\ntail\n");
  }

  @Test
  void aFileWithoutThePartGetsItAtTheEndAndAnEmptyOneATitle() {
    assertThat(MAIN.put("# Benchmarks\n\nhand-written\n", "# Benchmarks", "t\n"))
        .isEqualTo("# Benchmarks\n\nhand-written\n\n" + MAIN.begin() + "\nt\n" + MAIN.end() + "\n");
    assertThat(MAIN.put("", "# Benchmarks", "t")).isEqualTo("# Benchmarks\n\n" + MAIN.begin() + "\nt\n" + MAIN.end()
        + "\n");
  }

  @Test
  void brokenMarkersAreRefusedNotGuessed() {
    assertThatThrownBy(() -> MAIN.put("a\n" + MAIN.begin() + "\nb\n", "# B", "t"))
        .hasMessage("the document has a begin marker of section 'main' at line 2 without an end marker after it:"
            + " mend the markers by hand");
    assertThatThrownBy(() -> MAIN.put(MAIN.end() + "\n" + MAIN.begin() + "\n", "# B", "t"))
        .hasMessage("the document has an end marker of section 'main' without its begin at line 1: mend the markers"
            + " by hand");
    assertThatThrownBy(() -> MAIN.put(MAIN.begin() + "\n" + MAIN.end() + "\n" + MAIN.begin() + "\n", "# B", "t"))
        .hasMessage("the document has a second begin marker of section 'main' at line 3: mend the markers by hand");
  }

  @Test
  void writingKeepsTheRestOfTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("benchmarks.md");
    Files.writeString(file, "# Benchmarks\n\nnotes\n", StandardCharsets.UTF_8);
    MAIN.write(file, "# Benchmarks", "one\n");
    MAIN.write(file, "# Benchmarks", "two\n");
    assertThat(Files.readString(file)).isEqualTo("# Benchmarks\n\nnotes\n\n" + MAIN.begin() + "\ntwo\n" + MAIN.end()
        + "\n");
    assertThat(dir.toFile().list()).containsExactly("benchmarks.md");
  }
}
