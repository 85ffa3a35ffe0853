package dev.newsbot.bot.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacerTest {

  private final AtomicLong now = new AtomicLong(1_000_000);
  private final Pacer pacer = new Pacer(now::get);

  @Test
  void oneChatGetsOneMessageASecond() {
    assertThat(pacer.waitFor(1)).isZero();
    pacer.sent(1);
    now.addAndGet(300);
    assertThat(pacer.waitFor(1)).isEqualTo(700);
    assertThat(pacer.waitFor(2)).isZero();
  }

  @Test
  void allChatsTogetherStayUnderTheLimitASecond() {
    for (int chat = 0; chat < Pacer.PER_SECOND; chat++) {
      assertThat(pacer.waitFor(chat)).isZero();
      pacer.sent(chat);
      now.addAndGet(10);
    }
    // the first of the second's messages went 250 ms ago
    assertThat(pacer.waitFor(999)).isEqualTo(1_000 - 10L * Pacer.PER_SECOND);
    now.addAndGet(1_000);
    assertThat(pacer.waitFor(999)).isZero();
  }

  @Test
  void aTooManyRequestsPausesEveryChatForItsRetryAfter() {
    pacer.tooMany(3);
    assertThat(pacer.waitFor(5)).isEqualTo(3_000);
    now.addAndGet(3_000);
    assertThat(pacer.waitFor(5)).isZero();
  }
}
