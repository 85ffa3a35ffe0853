package dev.newsbot.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.store.StoredArticle;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredIssue;
import dev.newsbot.retrieval.time.TimeSpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeScopeTest {

  private static Hit hit(String file, LocalDate date, double score) {
    StoredIssue issue = new StoredIssue(1, file, "", "报", date, false, "正文。", 1, 1);
    StoredArticle article = new StoredArticle(issue, 0, "标题", "", List.of(), false, List.of());
    return new Hit(new StoredChunk(0, 1, issue, article, 1, 0, 3), score, score, Double.NaN);
  }

  private static final Hit JAN = hit("jan", LocalDate.of(2024, 1, 21), 1.0);
  private static final Hit DEC = hit("dec", LocalDate.of(2023, 12, 29), 0.9);
  private static final Hit MAR = hit("mar", LocalDate.of(2024, 3, 12), 0.7);
  private static final Hit FAR = hit("far", LocalDate.of(2024, 3, 12), 0.5);

  private static List<String> files(List<Hit> hits) {
    return hits.stream().map(h -> h.chunk().issue().file()).toList();
  }

  @Test
  void aFilterKeepsTheIssuesOfItsDaysAndOfTheDayAfter() {
    TimeSpan yesterday = new TimeSpan(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 11), TimeSpan.Use.FILTER, "昨天");
    assertThat(TimeScope.only(yesterday).test(MAR.chunk().issue())).isTrue();
    assertThat(TimeScope.only(yesterday).test(JAN.chunk().issue())).isFalse();
    assertThat(TimeScope.only(new TimeSpan(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 10),
        TimeSpan.Use.FILTER, "前天")).test(MAR.chunk().issue())).isFalse();
  }

  @Test
  void onlyAFilterFilters() {
    for (TimeSpan.Use use : List.of(TimeSpan.Use.PREFER, TimeSpan.Use.NEWEST, TimeSpan.Use.CONTEXT)) {
      assertThat(TimeScope.only(new TimeSpan(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), use, "x"))).isNull();
    }
  }

  @Test
  void aPreferenceMovesItsDaysFirstAmongTheCloseHitsOnly() {
    TimeSpan december = new TimeSpan(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31), TimeSpan.Use.PREFER, "12月");
    assertThat(files(TimeScope.order(december, List.of(JAN, DEC, MAR, FAR)))).containsExactly("dec", "jan", "mar", "far");
    TimeSpan march = new TimeSpan(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), TimeSpan.Use.PREFER, "3月");
    // FAR scores half the best: below the share a preference may move
    assertThat(files(TimeScope.order(march, List.of(JAN, DEC, MAR, FAR)))).containsExactly("mar", "jan", "dec", "far");
  }

  @Test
  void newestFirstAmongTheCloseHits() {
    TimeSpan recent = new TimeSpan(LocalDate.of(2024, 2, 12), LocalDate.of(2024, 3, 13), TimeSpan.Use.NEWEST, "最近");
    assertThat(files(TimeScope.order(recent, List.of(JAN, DEC, MAR, FAR)))).containsExactly("mar", "jan", "dec", "far");
  }

  @Test
  void aYearLongContextLeavesTheOrder() {
    TimeSpan lastYear = new TimeSpan(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), TimeSpan.Use.CONTEXT, "去年");
    assertThat(files(TimeScope.order(lastYear, List.of(JAN, DEC, MAR, FAR)))).containsExactly("jan", "dec", "mar", "far");
  }
}
