package dev.newsbot.bot.follow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts planned on a real index (four seeds, then the fifth added), without the model. */
class AlertPlannerTest {

  @TempDir
  Path dir;

  private static final Path SEEDS = Path.of("..", "seeds");
  private static final String NEW_ISSUE = "001_4237cd71e9e911f0.txt";

  @Test
  void aNewIssueAboutATopicOwesEachFollowerOneAlertAndNoMore() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    try (var files = Files.list(SEEDS)) {
      for (Path f : files.filter(f -> !f.getFileName().toString().equals(NEW_ISSUE)).toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    try (NewsIndex index = NewsIndex.open(dir.resolve("data"), new HashingEmbedder(32), SearchMode.LEXICAL);
        FollowStore store = FollowStore.open(dir.resolve("data"), Clock.systemUTC())) {
      index.indexFolder(seeds, false, IndexProgress.NONE);
      store.follow(1, "书画等级考试报名", "zh", 10);
      store.follow(2, "书画等级考试 报名", "zh", 10);
      store.follow(3, "火星基地建设", "zh", 10);
      assertThat(AlertPlanner.plan(index, List.of("004_45ad87969ec02bf0.txt"), store)).isZero();

      Files.copy(SEEDS.resolve(NEW_ISSUE), seeds.resolve(NEW_ISSUE));
      index.indexFile(seeds.resolve(NEW_ISSUE), IndexProgress.NONE);
      assertThat(AlertPlanner.plan(index, List.of(NEW_ISSUE), store)).isEqualTo(2);
      List<FollowStore.Pending> pending = store.pending(10);
      assertThat(pending).extracting(FollowStore.Pending::chatId).containsExactly(1L, 2L);
      Alert alert = Alert.fromJson(pending.get(0).payload());
      assertThat(alert.title()).isEqualTo("书画等级考试今日开始报名");
      assertThat(alert.issue()).isEqualTo(NEW_ISSUE);
      assertThat(index.citedParagraph(alert.issue(), alert.start(), alert.end()).orElseThrow().quote())
          .isEqualTo(alert.quote());

      assertThat(AlertPlanner.plan(index, List.of(NEW_ISSUE), store)).as("the same issue again").isZero();
    }
  }
}
