package dev.newsbot.bot.follow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * When the next alert may go, within Telegram's limits for bots: about 30 messages a second
 * overall and one a second to one chat, and not before a 429's retry_after has passed. Time in
 * milliseconds from an injectable clock, so tests run on a fake one.
 */
public final class Pacer {

  /** Messages a second a bot may send overall (Telegram's bot FAQ says about 30). */
  public static final int PER_SECOND = 25;
  /** Milliseconds between two messages to one chat. */
  public static final long PER_CHAT_MS = 1_000;

  private final LongSupplier clock;
  private final Deque<Long> lastSecond = new ArrayDeque<>();
  private final Map<Long, Long> lastToChat = new HashMap<>();
  private long pausedUntil;

  public Pacer(LongSupplier millis) {
    this.clock = millis;
  }

  /** Milliseconds to wait before a message to {@code chatId} may be sent; 0 when it may go now. */
  public synchronized long waitFor(long chatId) {
    long now = clock.getAsLong();
    while (!lastSecond.isEmpty() && lastSecond.peekFirst() <= now - 1_000) {
      lastSecond.pollFirst();
    }
    long wait = Math.max(0, pausedUntil - now);
    if (lastSecond.size() >= PER_SECOND) {
      wait = Math.max(wait, lastSecond.peekFirst() + 1_000 - now);
    }
    Long last = lastToChat.get(chatId);
    if (last != null) {
      wait = Math.max(wait, last + PER_CHAT_MS - now);
    }
    return wait;
  }

  /** Records a message sent to {@code chatId} now. */
  public synchronized void sent(long chatId) {
    long now = clock.getAsLong();
    lastSecond.addLast(now);
    lastToChat.put(chatId, now);
    if (lastToChat.size() > 10_000) {
      lastToChat.values().removeIf(t -> t <= now - PER_CHAT_MS);
    }
  }

  /** Telegram answered 429: nothing is sent for {@code retryAfterSeconds}. */
  public synchronized void tooMany(int retryAfterSeconds) {
    pausedUntil = Math.max(pausedUntil, clock.getAsLong() + retryAfterSeconds * 1_000L);
  }
}
