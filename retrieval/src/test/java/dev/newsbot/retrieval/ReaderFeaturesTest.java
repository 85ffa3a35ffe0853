package dev.newsbot.retrieval;

import dev.newsbot.retrieval.eval.PlainReply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.ingest.SeedIssues;
import dev.newsbot.retrieval.search.SearchMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions with time words, asked on fixed days, over the five seed issues (dated 2023-12-23,
 * 2024-01-21, 2024-01-25, 2024-03-09 and one undated) with a test embedder in lexical mode; and
 * what readers get without asking: the latest issue's headlines, the newest articles about a topic,
 * the alert a follower of a topic gets from a new issue.
 */
class ReaderFeaturesTest extends OnLexicalSeeds {

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(delimiter = '|', textBlock = """
      昨天说的书画等级考试哪天开始报名         | 2024-03-10 | 2024-03-09
      昨天报纸上说积雪能有多厚                 | 2024-01-22 | 2024-01-21
      上周说的书画等级考试哪天开始报名         | 2024-03-13 | 2024-03-09
      这个月报纸上书画等级考试几号报名         | 2024-03-20 | 2024-03-09
      """)
  void aDayFromTodayAnswersFromThatDaysIssue(String question, LocalDate today, LocalDate issueDate) {
    Answer a = index.ask(question, today);
    assertThat(a.abstained()).isFalse();
    assertThat(a.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.date()).isEqualTo(issueDate));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(delimiter = '|', textBlock = """
      昨天说的书画等级考试哪天开始报名         | 2024-01-22
      昨天报纸上说积雪能有多厚                 | 2024-03-10
      前天的报纸说积雪能有多厚                 | 2024-06-01
      What did the paper say yesterday about the snow? | 2024-06-01
      """)
  void aDayWithoutThatNewsIsNotAnsweredFromAnotherDay(String question, LocalDate today) {
    Answer a = index.ask(question, today);
    assertThat(a.abstained()).isTrue();
    assertThat(a.citations()).isEmpty();
  }

  @Test
  void aQuestionWithoutTimeWordsIsAnsweredAlikeOnAnyDay() {
    String q = "这次下雪咱们株洲市区能积多厚的雪？";
    Answer then = index.ask(q, LocalDate.of(2024, 1, 22));
    assertThat(then.abstained()).isFalse();
    assertThat(index.ask(q, LocalDate.of(2026, 12, 3))).isEqualTo(then);
  }

  @Test
  void yearWordsDoNotHideAnArchiveOfEarlierYears() {
    String q = "去年认定了几家共富工坊";
    Answer now = index.ask(q, LocalDate.of(2026, 12, 3));
    assertThat(now).isEqualTo(index.ask(q, LocalDate.of(2024, 3, 10)));
    assertThat(now.citations()).extracting(Citation::date).isNotEmpty();
  }

  @Test
  void theLatestIssueListsItsHeadlinesWithTheirLeads() {
    IssueHeadlines latest = index.latest().orElseThrow();
    assertThat(latest.issue().issue()).isEqualTo("001_4237cd71e9e911f0.txt");
    assertThat(latest.articles()).hasSize(latest.issue().articles());
    assertThat(latest.articles().get(0).title()).isEqualTo("\"工作项目化\" 株洲这一改革经验获全省推介");
    for (ArticleLead a : latest.articles()) {
      assertThat(index.citedParagraph(a.issue(), a.start(), a.end()).orElseThrow().quote()).isEqualTo(a.lead());
    }
  }

  @Test
  void theNewestArticlesAboutATopicComeFirst() {
    List<ArticleLead> found = index.newestAbout("春风行动招聘", 5);
    assertThat(found).hasSizeGreaterThan(1);
    // 2024-03-09, 2024-01-21, then the issue without a date
    assertThat(found).extracting(ArticleLead::title).containsExactly("\"宝妈计划\"帮带孩妈妈找工作",
        "盘点我市去年就业创业亮点工作 力促就业创业 2023年株洲很拼", "54场“春风行动” 让9000余人上岗");
    assertThat(found).extracting(ArticleLead::date).isSortedAccordingTo(Comparator.nullsLast(Comparator.reverseOrder()));
  }

  @Test
  void anAlertComesOnlyFromAnIssueAboutTheTopic() {
    Answer alert = index.alert("书画等级考试报名", "001_4237cd71e9e911f0.txt").orElseThrow();
    assertThat(alert.citations()).extracting(Citation::title).containsOnly("书画等级考试今日开始报名");
    assertThat(index.alert("书画等级考试报名", "000_6a32f752367869b0.txt")).isEmpty();
  }

  @Test
  void aWhenAnswerStatesTheDayItsQuoteNamesWithoutAYear() {
    Answer a = index.ask("书画等级考试哪天开始报名", LocalDate.of(2024, 3, 10));
    assertThat(PlainReply.of(a)).isEqualTo("据《书画等级考试今日开始报名》（2024-03-09）：“有需要报名书画等级考试的考生们注意了,"
        + "2024年上半年教育部教育考试院书画等级考试于3月11日开始报名。”[1]（即2024年3月11日）"
        + "“考生可在3月11日9:00至4月8日16:00登录中国教育考试网报名。”[2]");
  }

  @Test
  void anIssueIndexedLastWithoutADateIsTheLatest(@TempDir Path other) {
    try (NewsIndex two = NewsIndex.open(other, new HashingEmbedder(32), SearchMode.LEXICAL)) {
      two.indexFile(SeedIssues.dir().resolve("001_4237cd71e9e911f0.txt"), IndexProgress.NONE);
      two.indexFile(SeedIssues.dir().resolve("004_45ad87969ec02bf0.txt"), IndexProgress.NONE);
      assertThat(two.latest().orElseThrow().issue().issue()).as("the later date").isEqualTo("001_4237cd71e9e911f0.txt");
      two.indexFile(SeedIssues.dir().resolve("002_a6ff651a8bc0a567.txt"), IndexProgress.NONE);
      assertThat(two.latest().orElseThrow().issue().date()).isNull();
      assertThat(two.latest().orElseThrow().issue().issue()).isEqualTo("002_a6ff651a8bc0a567.txt");
    }
  }
}
