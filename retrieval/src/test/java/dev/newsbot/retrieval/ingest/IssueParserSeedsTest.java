package dev.newsbot.retrieval.ingest;

import dev.newsbot.retrieval.text.Whitespace;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole seed issues: offsets that hold, and the headlines a reader sees on the page. */
class IssueParserSeedsTest {

  private static List<String> titles(String file) {
    return SeedIssues.parse(file).articles().stream().map(Article::title).toList();
  }

  @Test
  void everyParagraphsTextIsTheNormalisedTextAtItsOffsets() {
    SoftAssertions soft = new SoftAssertions();
    int checked = 0;
    for (String file : SeedIssues.FILES) {
      ParsedIssue issue = SeedIssues.parse(file);
      for (Article a : issue.articles()) {
        for (Paragraph p : a.paragraphs()) {
          String raw = issue.text().substring(p.start(), p.end());
          soft.assertThat(raw).as("%s article %d paragraph %d starts at its text", file, a.ordinal(), p.n())
              .doesNotStartWith("#");
          checked++;
          soft.assertThat(p.text()).as("%s article %d paragraph %d", file, a.ordinal(), p.n())
              .isEqualTo(Whitespace.normalize(raw));
        }
      }
    }
    soft.assertAll();
    assertThat(checked).isGreaterThan(250);
  }

  @Test
  void paragraphsAreNumberedInOrderInsideTheirArticleAndArticlesDoNotOverlap() {
    for (String file : SeedIssues.FILES) {
      ParsedIssue issue = SeedIssues.parse(file);
      assertThat(issue.file()).isEqualTo(file);
      assertThat(issue.articles()).as(file).isNotEmpty();
      int previousEnd = 0;
      for (int k = 0; k < issue.articles().size(); k++) {
        Article a = issue.articles().get(k);
        String where = file + " article " + a.ordinal();
        assertThat(a.ordinal()).as(where).isEqualTo(k + 1);
        assertThat(a.title()).as(where).isNotBlank();
        assertThat(a.start()).as(where).isGreaterThanOrEqualTo(previousEnd);
        assertThat(a.paragraphs()).as(where).isNotEmpty();
        int at = a.start();
        for (int n = 0; n < a.paragraphs().size(); n++) {
          Paragraph p = a.paragraphs().get(n);
          assertThat(p.n()).as(where).isEqualTo(n + 1);
          assertThat(p.start()).as(where + " paragraph " + p.n()).isGreaterThanOrEqualTo(at);
          assertThat(p.end()).as(where + " paragraph " + p.n()).isGreaterThan(p.start());
          assertThat(p.text()).as(where + " paragraph " + p.n()).isNotBlank();
          at = p.end();
        }
        assertThat(a.end()).as(where).isEqualTo(at);
        previousEnd = a.end();
      }
      assertThat(previousEnd).as(file).isLessThanOrEqualTo(issue.text().length());
      assertThat(issue.hasReadableText()).as(file).isTrue();
    }
  }

  @Test
  void headlinesOfIssue001() {
    assertThat(titles("001_4237cd71e9e911f0.txt")).startsWith(
        "\"工作项目化\" 株洲这一改革经验获全省推介",
        "书画等级考试今日开始报名",
        "\"宝妈计划\"帮带孩妈妈找工作",
        "耗资300万元改造下水道 不通反堵");
    assertThat(titles("001_4237cd71e9e911f0.txt")).contains("今年,市总工会 要帮3000名职工长本领");
  }

  @Test
  void headlinesOfIssue000() {
    assertThat(titles("000_6a32f752367869b0.txt")).containsExactly(
        "打好雨雪冰冻灾害“阻击战”",
        "始终绷紧消防安全弦",
        "推动统战工作融入基层党建",
        "庚续“水口建党”精神 勇当公安火车头——市公安局全面激活队伍建设内生“引擎”走笔",
        "盘点我市去年就业创业亮点工作 力促就业创业 2023年株洲很拼");
  }

  @Test
  void bylinesOfIssue002FromLeadsAndSignatures() {
    List<String> bylines = SeedIssues.parse("002_a6ff651a8bc0a567.txt").articles().stream().map(Article::byline).toList();
    assertThat(bylines).startsWith("株洲日报讯(全媒体记者/何昆红)", "株洲日报讯(全媒体记者/易楚瞳 通讯员/杨媛)");
    assertThat(bylines).containsSubsequence("市委党校 易理", "荷塘区 徐涛", "芦淞区 陈美佳", "民革湖南科技职业学院支部 易为欢", "网友 张书乐",
        "株洲日报讯(全媒体记者/王烽 通讯员/崔林)");
  }

  @Test
  void theArticleOf书画等级考试() {
    Article a = SeedIssues.parse("001_4237cd71e9e911f0.txt").articles().get(1);
    String text = SeedIssues.text("001_4237cd71e9e911f0.txt");
    assertThat(a.title()).isEqualTo("书画等级考试今日开始报名");
    assertThat(a.start()).isEqualTo(text.indexOf("书画等级考试今日开始报名"));
    assertThat(a.byline()).isEqualTo("株洲日报讯(全媒体记者/孙晓静)");
    assertThat(a.paragraphs()).extracting(Paragraph::kind).containsOnly(ParagraphKind.BODY).hasSize(3);
    assertThat(a.paragraphs().get(2).text()).isEqualTo("值得注意的是,开设了书画专业的大、中专院校,师范类高校,有书画特色的中、小学可申报指定考点;"
        + "书法、美术培训机构,青少年宫,有书法、美术社团的大、中、小学也可申报指定报名点。");
  }

  @Test
  void noParagraphStartsWithTheFragmentRepeatedAfterAColumnBreak() {
    ParsedIssue issue = SeedIssues.parse("000_6a32f752367869b0.txt");
    assertThat(issue.articles().get(0).paragraphs()).extracting(Paragraph::text)
        .contains("目前,全市总体供电能力能满足要求。")
        .noneMatch(t -> t.startsWith("瓦。"));
  }
}
