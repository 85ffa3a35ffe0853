package dev.newsbot.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.text.Folding;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A year asked relative to the paper ("去年"), against what the quotes say (invented sentences). */
class RelativeYearTest {

  private static final LocalDate ISSUE = LocalDate.of(2024, 4, 18);

  private static String violated(String question, String quotes) {
    return RelativeYear.violatedBy(Folding.fold(question), Folding.fold(quotes), ISSUE);
  }

  @Test
  void lastYearsFigureIsNotThisYears() {
    assertThat(violated("去年一季度全市新增了多少户经营主体", "一季度,全市新增各类经营主体2.4万户,同比增长8.6%。"))
        .isEqualTo("not the year asked (2023)");
    assertThat(violated("How many were added last year?", "一季度,全市新增各类经营主体2.4万户。"))
        .isEqualTo("not the year asked (2023)");
    assertThat(violated("前年新增了多少", "去年新增1.2万户。")).isEqualTo("not the year asked (2022)");
  }

  @Test
  void theYearBeforeTheIssuesSaidAnyWayAnswers() {
    assertThat(violated("去年新增了多少户", "去年全年新增经营主体8.1万户。")).isNull();
    assertThat(violated("去年新增了多少户", "2023年,全市新增经营主体8.1万户。")).isNull();
    assertThat(violated("去年新增了多少个学位", "过去的一年,全市新增公办学位1.5万余个。")).isNull();
    assertThat(violated("前年新增了多少", "前年新增1.2万户。")).isNull();
  }

  @Test
  void noYearAskedOrNoDateKnownChecksNothing() {
    assertThat(violated("娃今年上一年级,几号开始登记", "5月8日至5月17日网上信息采集。")).isNull();
    assertThat(RelativeYear.violatedBy(Folding.fold("去年新增了多少"), Folding.fold("一季度新增2.4万户。"), null)).isNull();
  }
}
