package dev.newsbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.eval.EvalReport;
import dev.newsbot.retrieval.ingest.SeedIssues;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.store.solr.SolrSettings;
import dev.newsbot.retrieval.store.solr.SolrTestCluster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite index copied into SolrCloud ({@code index --to solr}) holds the same issues and its
 * dev-set figures are those of the SQLite index within one question (hybrid search); a second
 * copy finds nothing left to copy.
 */
class SolrCopyTest {

  @TempDir
  Path dir;

  @Test
  void theCopyInSolrAnswersAsTheSqliteIndexDoes() throws IOException {
    HashingEmbedder embedder = new HashingEmbedder(32);
    SolrSettings s = SolrTestCluster.newCollection("copy");
    StoreChoice solr = StoreChoice.solr(s.zkHosts().get(0) + s.zkChroot(), "", s.collection(), "", "", s.shards(),
        s.replicas(), s.timeout());
    List<EvalQuestion> questions = QuestionFiles.read("dev-questions.jsonl");
    assertThat(questions).hasSize(47);
    List<String> phases = new ArrayList<>();
    try (NewsIndex indexing = NewsIndex.open(dir, embedder, SearchMode.LEXICAL)) {
      indexing.indexFolder(SeedIssues.dir(), false, IndexProgress.NONE);
    }
    try (NewsIndex sqlite = NewsIndex.open(dir, embedder, SearchMode.HYBRID)) {
      int issues = sqlite.issues().size();
      assertThat(issues).isPositive();
      assertThat(sqlite.copyTo(solr, (phase, done, total) -> phases.add(phase + " " + done + "/" + total)))
          .isEqualTo(issues);
      assertThat(phases).first().isEqualTo("copying 0/" + issues);
      assertThat(phases).last().isEqualTo("copying " + issues + "/" + issues);
      assertThat(sqlite.copyTo(solr, IndexProgress.NONE)).as("nothing left to copy").isZero();

      try (NewsIndex copy = NewsIndex.open(dir.resolve("unused"), embedder, SearchMode.HYBRID, solr)) {
        assertThat(copy.issues()).isEqualTo(sqlite.issues());
        sameWithinOneQuestion(sqlite.evaluate(questions), copy.evaluate(questions));
      }
    }
  }

  /**
   * Solr ranks by Lucene's bm25 (as the SQLite store's term index does), FTS5 by its own: the same
   * constants, another idf and exact rather than quantised lengths, so a close call may fall the
   * other way. The figures may differ by one question, no more.
   */
  private static void sameWithinOneQuestion(EvalReport sqlite, EvalReport solr) {
    System.out.println(EvalReport.tableHeader() + "\n" + sqlite.tableRow("sqlite") + "\n" + solr.tableRow("solr"));
    assertThat(solr.answerable()).isEqualTo(sqlite.answerable());
    assertThat(solr.unanswerable()).isEqualTo(sqlite.unanswerable());
    int n = sqlite.answerable();
    int u = sqlite.unanswerable();
    assertThat(Math.abs(solr.hitAt1() - sqlite.hitAt1()) * n).as("hit@1").isLessThanOrEqualTo(1.0001);
    assertThat(Math.abs(solr.hitAt5() - sqlite.hitAt5()) * n).as("hit@5").isLessThanOrEqualTo(1.0001);
    assertThat(Math.abs(solr.answerInReply() - sqlite.answerInReply()) * n).as("answer in reply")
        .isLessThanOrEqualTo(1.0001);
    assertThat(Math.abs(solr.abstainedUnanswerable() - sqlite.abstainedUnanswerable()) * u).as("abstained")
        .isLessThanOrEqualTo(1.0001);
  }
}
