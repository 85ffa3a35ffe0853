package dev.newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofSeconds(30));

  static BotApiError http(int status, Integer retryAfter) {
    return BotApiError.http("sendmessage", status, status, "test", retryAfter);
  }

  @Test
  void honoursRetryAfterUpToItsCap() {
    assertThat(policy.delayAfter(1, http(429, 7))).contains(Duration.ofMillis(7050));
    assertThat(policy.delayAfter(1, http(429, 31))).isEmpty();
  }

  @Test
  void backsOffExponentiallyWithJitterWithinBounds() {
    for (int i = 0; i < 50; i++) {
      assertThat(policy.delayAfter(1, http(500, null)).orElseThrow().toMillis()).isBetween(300L, 500L);
      assertThat(policy.delayAfter(2, http(502, null)).orElseThrow().toMillis()).isBetween(600L, 1000L);
      assertThat(policy.delayAfter(3, http(429, null)).orElseThrow().toMillis()).isBetween(1200L, 2000L);
    }
  }

  @Test
  void givesUpOnClientErrorsAndAfterTheLastTry() {
    assertThat(policy.delayAfter(1, http(400, null))).isEmpty();
    assertThat(policy.delayAfter(1, http(403, null))).isEmpty();
    assertThat(policy.delayAfter(4, http(500, null))).isEmpty();
    assertThat(policy.delayAfter(3, new BotApiError(BotApiError.Kind.TRANSPORT, "getme", 0, "timeout", -1)))
        .isPresent();
    assertThat(policy.delayAfter(1, new BotApiError(BotApiError.Kind.CANCELED, "getme", 0, "stopping", -1)))
        .isEmpty();
  }

  @Test
  void anErrorCodeInTheBodyWinsOverTheHttpStatus() {
    BotApiError e = BotApiError.http("sendmessage", 200, 429, "Too Many Requests", 3);
    assertThat(e.kind()).isEqualTo(BotApiError.Kind.RATE_LIMITED);
    assertThat(e.getMessage()).isEqualTo("sendmessage failed: HTTP 429, Too Many Requests (retry_after 3 s)");
  }
}
