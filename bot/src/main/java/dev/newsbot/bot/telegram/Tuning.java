package dev.newsbot.bot.telegram;

import java.time.Duration;

/**
 * Timings that production leaves at their defaults and tests shorten.
 *
 * @param pollTimeout   how long one getUpdates call waits for news (Telegram allows up to 50 s)
 * @param readTimeout   how long any other call may take to answer
 * @param retry         retries of failed outgoing calls
 * @param shutdownGrace how long stopping waits for answers (and an indexing run) under way
 * @param progressEvery the least time between two edits of an indexing progress message
 */
record Tuning(Duration pollTimeout, Duration readTimeout, RetryPolicy retry, Duration shutdownGrace,
    Duration progressEvery) {

  static final Tuning DEFAULT = new Tuning(Duration.ofSeconds(50), Duration.ofSeconds(30), RetryPolicy.DEFAULT,
      Duration.ofSeconds(20), Duration.ofSeconds(2));
}
