package dev.newsbot.bot.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follow journal on a real bot.db. */
class FollowStoreTest {

  @TempDir
  Path dir;

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-13T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void topicsAreAddedOnceAndUpToTheLimit() {
    try (FollowStore s = FollowStore.open(dir, CLOCK)) {
      assertThat(s.follow(1, "学堂冲下水道", "zh", 2)).isEqualTo(FollowStore.Followed.ADDED);
      assertThat(s.follow(1, "学堂冲 下水道", "zh", 2)).isEqualTo(FollowStore.Followed.ALREADY);
      assertThat(s.follow(1, "中考体育", "zh", 2)).isEqualTo(FollowStore.Followed.ADDED);
      assertThat(s.follow(1, "湘江大桥", "zh", 2)).isEqualTo(FollowStore.Followed.LIMIT);
      assertThat(s.follow(1, "！！", "zh", 2)).isEqualTo(FollowStore.Followed.EMPTY);
      assertThat(s.follow(2, "中考体育", "en", 2)).isEqualTo(FollowStore.Followed.ADDED);
      assertThat(s.topics(1)).extracting(FollowStore.Follow::topic).containsExactly("学堂冲下水道", "中考体育");
      assertThat(s.byTopic()).containsOnlyKeys("学堂冲下水道", "中考体育");
      assertThat(s.byTopic().get("中考体育")).extracting(FollowStore.Follow::chatId).containsExactly(1L, 2L);
      assertThat(s.unfollow(1, "学堂冲下水道")).isTrue();
      assertThat(s.unfollow(1, "学堂冲下水道")).isFalse();
      assertThat(s.counts()).isEqualTo(new FollowStore.Counts(2, 1, 0, 0));
    }
  }

  @Test
  void anAlertIsOwedOncePerArticleAndQuoteAndSurvivesARestart() {
    try (FollowStore s = FollowStore.open(dir, CLOCK)) {
      assertThat(s.owe(1, "学堂冲", "2024-03-12|学堂冲改造完工", "q1", "{\"a\":1}")).isTrue();
      assertThat(s.owe(1, "学堂冲", "2024-03-12|学堂冲改造完工", "q2", "{}")).isFalse();
      assertThat(s.owe(1, "下水道", "2024-03-13|另一篇", "q1", "{}")).as("the same sentence reprinted").isFalse();
      assertThat(s.owe(2, "学堂冲", "2024-03-12|学堂冲改造完工", "q1", "{}")).isTrue();
    }
    try (FollowStore s = FollowStore.open(dir, CLOCK)) {
      assertThat(s.pending(10)).extracting(FollowStore.Pending::chatId).containsExactly(1L, 2L);
      s.sent(s.pending(10).get(0).id());
      assertThat(s.pending(10)).extracting(FollowStore.Pending::chatId).containsExactly(2L);
      assertThat(s.owe(1, "学堂冲", "2024-03-12|学堂冲改造完工", "q1", "{}")).as("sent already").isFalse();
    }
  }

  @Test
  void aChatThatBlockedTheBotIsForgotten() {
    try (FollowStore s = FollowStore.open(dir, CLOCK)) {
      s.follow(7, "学堂冲", "zh", 10);
      s.owe(7, "学堂冲", "k", "q", "{}");
      s.drop(7);
      assertThat(s.topics(7)).isEmpty();
      assertThat(s.pending(10)).isEmpty();
      assertThat(s.counts()).isEqualTo(new FollowStore.Counts(0, 0, 0, 0));
    }
  }
}
