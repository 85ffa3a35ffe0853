package dev.newsbot.bot.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Whether telegrambots' polling loop still runs: it builds a getUpdates call
 * ({@link OffsetGenerator}) at least once per long poll, or waits out a back-off it was given
 * ({@link PollingBackOff}). Silence longer than both means the loop died or hangs.
 */
final class PollingHealth {

  /** Room above a long poll and its read timeout before silence counts. */
  private static final Duration SLACK = Duration.ofSeconds(30);

  private final long longestPollNanos;
  private final LongSupplier clock;
  private final AtomicLong lastPoll;
  private final AtomicLong backOffUntil;

  PollingHealth(Duration longestPoll, LongSupplier clock) {
    this.longestPollNanos = longestPoll.plus(SLACK).toNanos();
    this.clock = clock;
    this.lastPoll = new AtomicLong(clock.getAsLong());
    this.backOffUntil = new AtomicLong(clock.getAsLong());
  }

  /** A getUpdates call is being made. */
  void polling() {
    lastPoll.set(clock.getAsLong());
  }

  /** The loop waits {@code millis} before its next call. */
  void backingOff(long millis) {
    backOffUntil.set(clock.getAsLong() + millis * 1_000_000L);
  }

  /** Why polling looks dead, or nothing while it is alive. */
  Optional<String> problem() {
    long now = clock.getAsLong();
    long silent = now - lastPoll.get();
    if (silent <= longestPollNanos || now - backOffUntil.get() <= SLACK.toNanos()) {
      return Optional.empty();
    }
    return Optional.of("polling for Telegram updates stopped: no getUpdates call for " + silent / 1_000_000_000L
        + " s");
  }
}
