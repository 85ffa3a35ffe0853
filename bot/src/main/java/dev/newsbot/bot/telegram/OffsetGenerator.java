package dev.newsbot.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * Builds each getUpdates call. telegrambots starts every session from offset 1 (it keeps the
 * last update id only in memory), so after a restart Telegram would send again every update not
 * yet confirmed; this resumes after the last update the journal wrote instead.
 */
final class OffsetGenerator implements Function<Integer, GetUpdates> {

  /** The updates the bot handles; others are never fetched. */
  static final List<String> ALLOWED = List.of("message", "edited_message", "channel_post", "callback_query");

  private final UpdateJournal journal;
  private final int timeoutSeconds;
  private final PollingHealth health;

  OffsetGenerator(UpdateJournal journal, Duration pollTimeout, PollingHealth health) {
    this.journal = journal;
    this.timeoutSeconds = (int) Math.max(0, pollTimeout.toSeconds());
    this.health = health;
  }

  @Override
  public GetUpdates apply(Integer lastReceived) {
    health.polling();
    int last = Math.max(lastReceived == null ? 0 : lastReceived, journal.lastUpdateId());
    return GetUpdates.builder()
        .offset(last + 1)
        .limit(100)
        .timeout(timeoutSeconds)
        .allowedUpdates(ALLOWED)
        .build();
  }
}
