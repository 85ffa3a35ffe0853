package dev.newsbot.bot.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before trying a failed Bot API call again, if at all: Telegram's
 * {@code retry_after} on 429 (up to {@code maxRetryAfter}), exponential back-off with jitter on
 * 5xx and transport failures, never more than {@code maxAttempts} tries in all.
 *
 * @param maxAttempts   tries in all, the first included
 * @param baseDelay     the wait after the first failure; doubled after each further one
 * @param maxDelay      the longest back-off wait
 * @param maxRetryAfter the longest {@code retry_after} honoured; a longer one gives up at once
 */
record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

  static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(8),
      Duration.ofSeconds(60));

  /**
   * @param failures calls made so far, all failed (1 after the first failure)
   * @return the wait before the next try, or empty to give up
   */
  Optional<Duration> delayAfter(int failures, BotApiError error) {
    if (!error.retryable() || failures >= maxAttempts) {
      return Optional.empty();
    }
    if (error.kind() == BotApiError.Kind.RATE_LIMITED && error.retryAfterSeconds() >= 0) {
      Duration wait = Duration.ofSeconds(error.retryAfterSeconds());
      return wait.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(wait.plusMillis(50));
    }
    return Optional.of(backoff(failures));
  }

  /** base · 2^(failures-1), capped, with ±25 % jitter so that parallel senders spread out. */
  Duration backoff(int failures) {
    long base = baseDelay.toMillis() << Math.min(failures - 1, 20);
    long capped = Math.min(base, maxDelay.toMillis());
    long jitter = capped / 4;
    return Duration.ofMillis(capped - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1));
  }
}
