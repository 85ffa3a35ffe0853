package dev.newsbot.bot.follow;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the journal's pending alerts on a thread of its own, so answers are never delayed: each
 * within Telegram's limits ({@link Pacer}), marked sent once delivered, its chat forgotten when
 * it blocked the bot, given up when Telegram refuses it for good (400), retried after a 429's
 * retry_after or a transient failure.
 */
public final class AlertSender implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertSender.class);

  /** What became of one delivery. */
  public sealed interface Outcome {
    record Sent() implements Outcome {}
    record Blocked() implements Outcome {}
    record TooMany(int retryAfterSeconds) implements Outcome {}
    record Failed(String why) implements Outcome {}
    /** Telegram refused this message for good (400: the chat is gone, the text not accepted). */
    record Rejected(String why) implements Outcome {}
  }

  /** Delivers one alert to one chat (the transport's part). */
  @FunctionalInterface
  public interface Delivery {
    Outcome deliver(long chatId, Alert alert);
  }

  /** Alerts read from the journal at a time. */
  static final int BATCH = 100;
  /** Milliseconds between looks at the journal when nothing is pending, and after a failure. */
  static final long IDLE_MS = 500;

  private final FollowStore store;
  private final Delivery delivery;
  private final Pacer pacer;
  private final Thread thread;
  private final Object wake = new Object();
  private volatile boolean running = true;

  public AlertSender(FollowStore store, Delivery delivery, Pacer pacer) {
    this.store = store;
    this.delivery = delivery;
    this.pacer = pacer;
    this.thread = new Thread(this::loop, "newsbot-alerts");
    thread.setDaemon(true);
  }

  public AlertSender start() {
    thread.start();
    return this;
  }

  /** Tells the sender new alerts are in the journal. */
  public void wake() {
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  private void loop() {
    while (running) {
      try {
        List<FollowStore.Pending> pending = store.pending(BATCH);
        if (pending.isEmpty()) {
          pause(IDLE_MS);
          continue;
        }
        for (FollowStore.Pending p : pending) {
          if (!running) {
            return;
          }
          sendOne(p);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("sending alerts failed, trying again: {}", e.getMessage());
        try {
          pause(IDLE_MS);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void sendOne(FollowStore.Pending p) throws InterruptedException {
    for (int attempt = 0; attempt < 5 && running; attempt++) {
      long wait = pacer.waitFor(p.chatId());
      if (wait > 0) {
        Thread.sleep(wait);
        continue;
      }
      Outcome o = delivery.deliver(p.chatId(), Alert.fromJson(p.payload()));
      pacer.sent(p.chatId());
      if (o instanceof Outcome.Sent) {
        store.sent(p.id());
        return;
      }
      if (o instanceof Outcome.Blocked) {
        LOG.info("chat {} blocked the bot: its topics are dropped", p.chatId());
        store.drop(p.chatId());
        return;
      }
      if (o instanceof Outcome.Rejected r) {
        LOG.warn("an alert to chat {} was refused ({}); it is not sent again", p.chatId(), r.why());
        store.failed(p.id());
        return;
      }
      if (o instanceof Outcome.TooMany t) {
        pacer.tooMany(t.retryAfterSeconds());
      } else if (o instanceof Outcome.Failed f) {
        LOG.warn("an alert to chat {} failed ({}); it stays pending", p.chatId(), f.why());
        Thread.sleep(IDLE_MS);
      }
    }
  }

  private void pause(long ms) throws InterruptedException {
    synchronized (wake) {
      wake.wait(ms);
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
