package dev.newsbot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.bench.Benchmark;
import dev.newsbot.bot.bench.SolrBench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} without running a benchmark: what it refuses, and which part of the file it writes. */
class BenchCommandTest {

  @Test
  void solrWithoutAClusterSaysWhichSettingsToSet(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("newsbot.properties");
    Files.writeString(config, "store.type=sqlite\n", StandardCharsets.UTF_8);
    CommandLineContractTest.Run r = CommandLineContractTest.run("--config", config.toString(), "bench", "--store",
        "solr", "--work", dir.resolve("work").toString(), "--out", dir.resolve("out.md").toString());
    assertThat(r.exit()).isEqualTo(NewsbotCommand.USAGE);
    assertThat(r.err()).isEqualTo("newsbot: bench --store solr measures a SolrCloud beside SQLite, and the settings"
        + " name none: set solr.zk-hosts (NEWSBOT_SOLR_ZK_HOSTS, e.g. zk1:2181,zk2:2181/solr) or solr.urls"
        + " (NEWSBOT_SOLR_URLS, e.g. http://solr1:8983/solr), and solr.collection (NEWSBOT_SOLR_COLLECTION); the bench"
        + " copies its archive into a collection of its own beside it, <solr.collection>_bench_<passages>\n");
    assertThat(r.out()).isEmpty();
    assertThat(dir.resolve("out.md")).doesNotExist();
  }

  @Test
  void anotherStoreIsAMistake(@TempDir Path dir) {
    CommandLineContractTest.Run r = CommandLineContractTest.run("bench", "--store", "lucene", "--work",
        dir.resolve("work").toString(), "--out", dir.resolve("out.md").toString());
    assertThat(r.exit()).isEqualTo(NewsbotCommand.USAGE);
    assertThat(r.err()).isEqualTo("newsbot: --store is sqlite or solr, not 'lucene'\n");
  }

  @Test
  void eachRunRewritesItsOwnPartOfTheCommittedFile(@TempDir Path dir) throws Exception {
    Path committed = Path.of("../docs/benchmarks.md");
    Path file = dir.resolve("benchmarks.md");
    Files.copy(committed, file);
    String before = Files.readString(file);
    String solrPart = between(before, "<!-- bench:solr begin", "<!-- bench:solr end -->");
    String prose = between(before, "<!-- bench:main end -->", "<!-- bench:solr begin");

    Benchmark.write(file, "| what | reference, same run | measured | target |\n|---|---|---|---|\n| a | — | 1 ms | — |\n");
    String afterMain = Files.readString(file);
    assertThat(between(afterMain, "<!-- bench:solr begin", "<!-- bench:solr end -->")).isEqualTo(solrPart);
    assertThat(between(afterMain, "<!-- bench:main end -->", "<!-- bench:solr begin")).isEqualTo(prose);
    assertThat(afterMain).contains("\n| a | — | 1 ms | — |\n<!-- bench:main end -->\n")
        .doesNotContain("live heap at 100,000 passages");

    SolrBench.write(file, "## SQLite beside SolrCloud at 5 passages\n\n| what | SQLite | Solr | ratio |\n");
    String afterSolr = Files.readString(file);
    assertThat(afterSolr).startsWith(afterMain.substring(0, afterMain.indexOf("<!-- bench:solr begin")))
        .contains("\n## SQLite beside SolrCloud at 5 passages\n\n| what | SQLite | Solr | ratio |\n<!-- bench:solr end -->\n");
    assertThat(afterSolr.substring(afterSolr.indexOf("<!-- bench:solr end -->")))
        .isEqualTo(before.substring(before.indexOf("<!-- bench:solr end -->")));
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, start + 1);
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    return text.substring(start, end);
  }
}
