package dev.newsbot.bot.telegram;

import java.time.Clock;
import java.time.Duration;

/**
 * Timings that production leaves at their defaults and tests shorten.
 *
 * @param pollTimeout   how long one getUpdates call waits for news (Telegram allows up to 50 s)
 * @param readTimeout   how long any other call may take to answer
 * @param retry         retries of failed outgoing calls
 * @param shutdownGrace how long stopping waits for answers (and an indexing run) under way
 * @param progressEvery the least time between two edits of an indexing progress message
 * @param clock         the time of asking (its day read in the paper's zone), fixed by tests
 * @param alertLook     how often the index is looked at for new issues to alert followers of
 */
record Tuning(Duration pollTimeout, Duration readTimeout, RetryPolicy retry, Duration shutdownGrace,
    Duration progressEvery, Clock clock, Duration alertLook) {

  static final Tuning DEFAULT = new Tuning(Duration.ofSeconds(50), Duration.ofSeconds(30), RetryPolicy.DEFAULT,
      Duration.ofSeconds(20), Duration.ofSeconds(2));

  Tuning(Duration pollTimeout, Duration readTimeout, RetryPolicy retry, Duration shutdownGrace,
      Duration progressEvery) {
    this(pollTimeout, readTimeout, retry, shutdownGrace, progressEvery, Clock.systemUTC(), Duration.ofSeconds(2));
  }

  Tuning withClock(Clock fixed) {
    return new Tuning(pollTimeout, readTimeout, retry, shutdownGrace, progressEvery, fixed, alertLook);
  }

  Tuning withAlertLook(Duration every) {
    return new Tuning(pollTimeout, readTimeout, retry, shutdownGrace, progressEvery, clock, every);
  }
}
