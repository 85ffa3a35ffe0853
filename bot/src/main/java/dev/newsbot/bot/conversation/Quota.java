package dev.newsbot.bot.conversation;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * At most {@code perWindow} questions per user in any sliding window (a minute). A user over the
 * limit is told once per window; further questions in that window are dropped quietly, so a
 * flood never turns into a flood of refusals.
 */
public final class Quota {

  /** What to do with one question. */
  enum Decision {
    ANSWER,
    REFUSE_WITH_NOTICE,
    REFUSE_QUIETLY
  }

  private final int perWindow;
  private final long windowNanos;
  private final LongSupplier nanoTime;
  private final Map<Long, ArrayDeque<Long>> asked = new HashMap<>();
  private final Map<Long, Long> noticeAt = new HashMap<>();

  public Quota(int perWindow, Duration window, LongSupplier nanoTime) {
    this.perWindow = perWindow;
    this.windowNanos = window.toNanos();
    this.nanoTime = nanoTime;
  }

  public synchronized Decision take(long userId) {
    long now = nanoTime.getAsLong();
    if (asked.size() > 10_000) {
      forgetIdle(now);
    }
    ArrayDeque<Long> times = asked.computeIfAbsent(userId, k -> new ArrayDeque<>());
    while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
      times.pollFirst();
    }
    if (times.size() < perWindow) {
      times.addLast(now);
      return Decision.ANSWER;
    }
    Long told = noticeAt.get(userId);
    if (told != null && now - told < windowNanos) {
      return Decision.REFUSE_QUIETLY;
    }
    noticeAt.put(userId, now);
    return Decision.REFUSE_WITH_NOTICE;
  }

  private void forgetIdle(long now) {
    asked.values().removeIf(t -> t.isEmpty() || now - t.peekLast() >= windowNanos);
    noticeAt.values().removeIf(t -> now - t >= windowNanos);
  }
}
