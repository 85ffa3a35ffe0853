package dev.newsbot.bot.conversation;

import static dev.newsbot.bot.conversation.Quota.Decision.ANSWER;
import static dev.newsbot.bot.conversation.Quota.Decision.REFUSE_QUIETLY;
import static dev.newsbot.bot.conversation.Quota.Decision.REFUSE_WITH_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QuotaTest {

  final AtomicLong now = new AtomicLong();
  final Quota quota = new Quota(2, Duration.ofMinutes(1), now::get);

  void at(int seconds) {
    now.set(Duration.ofSeconds(seconds).toNanos());
  }

  @Test
  void overTheLimitTheUserIsToldOnceThenIgnoredUntilTheWindowMoves() {
    at(0);
    assertThat(quota.take(1)).isEqualTo(ANSWER);
    at(10);
    assertThat(quota.take(1)).isEqualTo(ANSWER);
    assertThat(quota.take(1)).isEqualTo(REFUSE_WITH_NOTICE);
    assertThat(quota.take(1)).isEqualTo(REFUSE_QUIETLY);
    assertThat(quota.take(2)).isEqualTo(ANSWER);
    at(60);
    assertThat(quota.take(1)).isEqualTo(ANSWER);
    assertThat(quota.take(1)).isEqualTo(REFUSE_QUIETLY);
    at(71);
    assertThat(quota.take(1)).isEqualTo(ANSWER);
    assertThat(quota.take(1)).isEqualTo(REFUSE_WITH_NOTICE);
  }
}
