package dev.newsbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.embed.OnnxEmbedder;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.eval.EvalReport;
import dev.newsbot.retrieval.eval.PlainReply;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.store.solr.SolrSettings;
import dev.newsbot.retrieval.store.solr.SolrTestCluster;
import dev.newsbot.retrieval.text.Whitespace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds indexed with the real bge model into SQLite, copied into SolrCloud and answered from
 * there without a snapshot (knn on the HNSW field, passages read by id): the dev-set figures are
 * those of SQLite within one question, and a question's quote, /latest and the cited paragraph
 * come from the cluster.
 */
class SolrAnswersIT {

  @TempDir
  Path dir;

  @Test
  void solrAnswersTheDevQuestionsAsSqliteDoes() throws IOException {
    List<EvalQuestion> questions = QuestionFiles.read("dev-questions.jsonl");
    assertThat(questions).hasSize(47);
    SolrSettings s = SolrTestCluster.newCollection("answers");
    StoreChoice solr = StoreChoice.solr(s.zkHosts().get(0) + s.zkChroot(), "", s.collection(), "", "", s.shards(),
        s.replicas(), s.timeout());
    try (OnnxEmbedder model = OnnxEmbedder.load(EmbeddingChoice.DEFAULT);
        NewsIndex sqlite = NewsIndex.open(dir, model, SearchMode.HYBRID)) {
      sqlite.indexFolder(Path.of("../seeds"), false, IndexProgress.NONE);
      assertThat(sqlite.copyTo(solr, IndexProgress.NONE)).isEqualTo(5);
      try (NewsIndex cluster = NewsIndex.open(dir.resolve("unused"), model, SearchMode.HYBRID, solr)) {
        assertThat(cluster.issues()).isEqualTo(sqlite.issues());
        assertThat(cluster.state().passages()).isEqualTo(sqlite.state().passages());

        String question = "这次下雪咱们株洲市区能积多厚的雪？";
        Answer fromSolr = cluster.ask(question);
        Answer fromSqlite = sqlite.ask(question);
        assertThat(fromSolr.abstained()).isFalse();
        assertThat(PlainReply.of(fromSolr)).contains("6至8厘米").isEqualTo(PlainReply.of(fromSqlite));
        Citation c = fromSolr.citations().get(0);
        assertThat(cluster.citedParagraph(c.issue(), c.start(), c.end()))
            .isEqualTo(sqlite.citedParagraph(c.issue(), c.start(), c.end())).isPresent();
        assertThat(cluster.issueText(c.issue())).isEqualTo(sqlite.issueText(c.issue())).isPresent();
        // the newest issue undated: the one indexed last, which the copy's order decides; its leads are read from Solr
        IssueHeadlines latest = cluster.latest().orElseThrow();
        String text = sqlite.issueText(latest.issue().issue()).orElseThrow();
        assertThat(latest.articles()).hasSize(latest.issue().articles())
            .allSatisfy(a -> assertThat(Whitespace.normalize(text.substring(a.start(), a.end()))).isEqualTo(a.lead()));

        EvalReport a = sqlite.evaluate(questions);
        EvalReport b = cluster.evaluate(questions);
        System.out.println(EvalReport.tableHeader() + "\n" + a.tableRow("sqlite") + "\n" + b.tableRow("solr"));
        assertThat(b.answerable()).isEqualTo(a.answerable());
        int n = a.answerable();
        int u = a.unanswerable();
        assertThat(Math.abs(b.hitAt1() - a.hitAt1()) * n).as("hit@1").isLessThanOrEqualTo(1.0001);
        assertThat(Math.abs(b.hitAt5() - a.hitAt5()) * n).as("hit@5").isLessThanOrEqualTo(1.0001);
        assertThat(Math.abs(b.answerInReply() - a.answerInReply()) * n).as("answer in reply")
            .isLessThanOrEqualTo(1.0001);
        assertThat(Math.abs(b.abstainedUnanswerable() - a.abstainedUnanswerable()) * u).as("abstained")
            .isLessThanOrEqualTo(1.0001);
        assertThat(b.verifiableQuotes()).as("verbatim quotes").isEqualTo(1.0);
      }
    }
  }
}
