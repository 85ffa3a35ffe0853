package dev.newsbot.bot.admin;

import dev.newsbot.bot.conversation.Block;
import dev.newsbot.bot.conversation.Conversation;
import dev.newsbot.retrieval.indexing.IndexProgress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One message that shows how an indexing run goes: sent at the run's first step, then edited in
 * place (editMessageText) with phase, count and elapsed seconds at most once per interval, and a
 * last time when the run ends. The edits come from a ticker thread, so a slow Bot API never
 * holds indexing up; only the first message is sent from the indexing thread, so that every run
 * that starts indexing shows one. A run refused before it indexes (a duplicate, a bad file) shows
 * none. An edit that fails even after {@link BotApi}'s retries (the message was deleted, say)
 * ends the edits until the final one.
 */
public final class ProgressMessage implements IndexProgress {

  private record Step(String phase, int done, int total) {}

  private final Conversation chat;
  private final AdminText text;
  private final String title;
  private final long started = System.nanoTime();
  private final AtomicBoolean begun = new AtomicBoolean();
  private final ScheduledExecutorService ticker;
  private final long everyMs;
  private volatile Step step = new Step("", 0, 0);
  private ScheduledFuture<?> ticks;
  private Integer messageId;
  private String shown;
  private boolean finished;

  public ProgressMessage(Conversation chat, AdminText text, String title, ScheduledExecutorService ticker, Duration every) {
    this.chat = chat;
    this.text = text;
    this.title = title;
    this.ticker = ticker;
    this.everyMs = Math.max(1, every.toMillis());
  }

  @Override
  public void update(String phase, int done, int total) {
    step = new Step(phase, done, total);
    if (begun.compareAndSet(false, true)) {
      begin();
    }
  }

  private synchronized void begin() {
    if (finished) {
      return;
    }
    String now = current();
    List<Integer> ids = chat.reply(blocks("⏳ ", now));
    if (ids.isEmpty()) {
      return;
    }
    messageId = ids.get(0);
    shown = now;
    try {
      ticks = ticker.scheduleWithFixedDelay(this::tick, everyMs, everyMs, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // the bot is stopping: no more edits
    }
  }

  private synchronized void tick() {
    if (finished || messageId == null) {
      return;
    }
    String now = current();
    if (now.equals(shown)) {
      return;
    }
    if (chat.edit(messageId, blocks("⏳ ", now))) {
      shown = now;
    } else {
      ticks.cancel(false);
    }
  }

  /**
   * The last edit, if a progress message was shown: done in {@code seconds}, or stopped with the
   * index as it was. Later steps change nothing.
   */
  public synchronized void finish(boolean succeeded, double seconds) {
    if (ticks != null) {
      ticks.cancel(false);
    }
    if (finished) {
      return;
    }
    finished = true;
    if (messageId != null) {
      chat.edit(messageId, blocks(succeeded ? "✅ " : "❌ ", succeeded ? text.done(seconds) : text.stopped()));
    }
  }

  public double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  private String current() {
    Step s = step;
    return text.step(s.phase(), s.done(), s.total(), (long) seconds());
  }

  private List<Block> blocks(String mark, String line) {
    return List.of(new Block.Builder().bold(mark + title).plain("\n" + line).build());
  }
}
