package dev.newsbot.retrieval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time words of questions written for this test (not from any question set), read on a fixed day
 * of asking, Wednesday 2024-03-13, over an archive with issues on five days.
 */
class TimeWordsTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 3, 13);
  private static final Set<LocalDate> ISSUES = Set.of(LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 21),
      LocalDate.of(2024, 1, 25), LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 12));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      昨天的报纸说了啥                      | 2024-03-12 | 2024-03-12 | FILTER  | 昨天
      前天有什么新闻                        | 2024-03-11 | 2024-03-11 | FILTER  | 前天
      今天报上有啥                          | 2024-03-13 | 2024-03-13 | FILTER  | 今天
      上周咱们这儿出了啥事                  | 2024-03-04 | 2024-03-10 | FILTER  | 上周
      这个星期有没有停水通知                | 2024-03-11 | 2024-03-17 | FILTER  | 这个星期
      这个月的招聘会在哪                    | 2024-03-01 | 2024-03-31 | FILTER  | 这个月
      上个月物价涨了没                      | 2024-02-01 | 2024-02-29 | FILTER  | 上个月
      1月份下的雪有多大                     | 2024-01-01 | 2024-01-31 | PREFER  | 1月份
      十二月份开了什么会                    | 2023-12-01 | 2023-12-31 | PREFER  | 十二月份
      6月份的高考安排                       | 2023-06-01 | 2023-06-30 | PREFER  | 6月份
      1月20号市里查了哪些商场               | 2024-01-20 | 2024-01-20 | PREFER  | 1月20号
      二月二十五日那天的活动                | 2024-02-25 | 2024-02-25 | PREFER  | 二月二十五日
      1月19号到25号这周点击最多的新闻       | 2024-01-19 | 2024-01-19 | PREFER  | 1月19号
      春节前有哪些年货市场                  | 2024-01-11 | 2024-02-09 | PREFER  | 春节前
      中秋节期间景区人多吗                  | 2023-09-22 | 2023-10-06 | PREFER  | 中秋节期间
      去年全市新开了几所学校                | 2023-01-01 | 2023-12-31 | CONTEXT | 去年
      今年要修多少公里路                    | 2024-01-01 | 2024-12-31 | CONTEXT | 今年
      2022年的数据是多少                    | 2022-01-01 | 2022-12-31 | CONTEXT | 2022年
      最近有什么关于学校的报道              | 2024-02-12 | 2024-03-13 | NEWEST  | 最近
      最新一期有什么                        | 2024-02-12 | 2024-03-13 | NEWEST  | 最新
      What did the paper say yesterday?     | 2024-03-12 | 2024-03-12 | FILTER  | yesterday
      Any road works last week?             | 2024-03-04 | 2024-03-10 | FILTER  | last week
      How much snow fell in January?        | 2024-01-01 | 2024-01-31 | PREFER  | January
      What opened before the Spring Festival? | 2024-01-11 | 2024-02-09 | PREFER | before the Spring Festival
      Any recent news about schools?        | 2024-02-12 | 2024-03-13 | NEWEST  | recent
      """)
  void aTimeWordNamesItsDays(String question, LocalDate from, LocalDate to, TimeSpan.Use use, String words) {
    Optional<TimeSpan> span = TimeWords.of(question, TODAY, ISSUES::contains);
    assertThat(span).contains(new TimeSpan(from, to, use, words));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      这次下雪咱们株洲市区能积多厚的雪？
      三个月内要完成哪些改造
      今日头条上说的那件事
      Who may apply for the subsidy?
      活动当天来了多少人
      """)
  void aQuestionWithoutATimeWordHasNoSpan(String question) {
    assertThat(TimeWords.of(question, TODAY, ISSUES::contains)).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"1, 1", "9, 9", "12, 12", "一, 1", "十, 10", "十二, 12", "二十, 20", "二十五, 25", "三十一, 31",
      "march, 3", "December, 12", "百, -1"})
  void numbersAreReadInDigitsChineseOrEnglish(String written, int value) {
    assertThat(TimeWords.number(written)).isEqualTo(value);
  }
}
