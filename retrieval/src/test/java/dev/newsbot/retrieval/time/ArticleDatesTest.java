package dev.newsbot.retrieval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotes written for this test, read as printed in an issue of 2024-01-21. */
class ArticleDatesTest {

  private static final LocalDate ISSUE = LocalDate.of(2024, 1, 21);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1月20日,市领导带队检查了商场消防。           | 2024-01-20
      12月28日,新馆正式开放。                      | 2023-12-28
      3月1日起,新规开始施行。                      | 2024-03-01
      昨天上午,雪下了整整三个小时。                | 2024-01-20
      今天起,公交恢复运行。                        | 2024-01-21
      前天,记者来到施工现场。                      | 2024-01-19
      昨天,记者获悉,1月25日将举行招聘会。         | 2024-01-25
      记者获悉,1月 25 日将举行招聘会,明天起报名。 | 2024-01-25
      """)
  void aDayWithoutItsYearIsReadAgainstTheIssue(String quote, LocalDate meant) {
    assertThat(ArticleDates.meant(quote, ISSUE)).contains(meant);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2024年1月20日,市领导带队检查了商场消防。
      日前,新馆正式开放。
      近日,记者来到施工现场。
      全市新增就业3.2万人。
      """)
  void aQuoteThatGivesItsYearOrNoDayMeansNothingMore(String quote) {
    assertThat(ArticleDates.meant(quote, ISSUE)).isEmpty();
  }

  @Test
  void anIssueWithoutADateResolvesNothing() {
    assertThat(ArticleDates.meant("昨天上午,雪下了三个小时。", null)).isEmpty();
  }
}
