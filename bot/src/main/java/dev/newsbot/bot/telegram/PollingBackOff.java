package dev.newsbot.bot.telegram;

import java.util.concurrent.atomic.AtomicLong;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The wait telegrambots' polling loop takes after a failed getUpdates: exponential (from the
 * retry policy) but never shorter than the {@code retry_after} of a 429, which telegrambots'
 * own {@code ExponentialBackOff} cannot see. {@link ApiErrorInterceptor} reports each failure here.
 */
final class PollingBackOff implements BackOff {

  private final RetryPolicy policy;
  private final PollingHealth health;
  private final AtomicLong retryAfterMillis = new AtomicLong();
  private int failures;

  PollingBackOff(RetryPolicy policy, PollingHealth health) {
    this.policy = policy;
    this.health = health;
  }

  void failed(BotApiError error) {
    if (error.retryAfterSeconds() >= 0) {
      retryAfterMillis.set(error.retryAfterSeconds() * 1000L);
    }
  }

  @Override
  public synchronized void reset() {
    failures = 0;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    failures++;
    long exponential = policy.backoff(Math.min(failures, 16)).toMillis();
    long wait = Math.max(exponential, retryAfterMillis.getAndSet(0));
    health.backingOff(wait);
    return wait;
  }
}
