package dev.newsbot.bot.telegram;

import dev.newsbot.bot.launch.FatalErrors;
import dev.newsbot.bot.launch.Threads;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work for many chats on a fixed pool: different chats in parallel, one chat's tasks one
 * after another in the order they came. A chat runs one task per turn and then yields the
 * thread, so a busy chat cannot starve the others. A task that throws is logged and the chat
 * goes on with its next task.
 */
final class ChatQueues {

  private static final Logger log = LoggerFactory.getLogger(ChatQueues.class);

  private final ExecutorService pool;
  private final int maxQueued;
  private final Map<Long, ArrayDeque<Runnable>> queues = new HashMap<>();
  private int queued;
  private boolean closed;

  /** @param maxQueued tasks waiting in all chats together before new ones are refused */
  ChatQueues(int threads, int maxQueued) {
    this.pool = Executors.newFixedThreadPool(threads, Threads.named("newsbot-worker"));
    this.maxQueued = maxQueued;
  }

  /**
   * Queues {@code task} behind the chat's earlier tasks.
   *
   * @return false when the bot is stopping or too much is queued already; the task will not run
   */
  synchronized boolean submit(long chatId, Runnable task) {
    if (closed || queued >= maxQueued) {
      return false;
    }
    ArrayDeque<Runnable> queue = queues.get(chatId);
    if (queue != null) {
      queue.add(task);
      queued++;
      return true;
    }
    queue = new ArrayDeque<>();
    queue.add(task);
    queues.put(chatId, queue);
    queued++;
    try {
      pool.execute(() -> runNext(chatId));
      return true;
    } catch (RejectedExecutionException e) {
      queues.remove(chatId);
      queued--;
      return false;
    }
  }

  private void runNext(long chatId) {
    Runnable task;
    synchronized (this) {
      task = queues.get(chatId).peek();
    }
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("a task for chat {} failed: {}", chatId, e.getClass().getName());
    } catch (Error e) {
      FatalErrors.halt("running a task for chat " + chatId, e);
    }
    synchronized (this) {
      ArrayDeque<Runnable> queue = queues.get(chatId);
      queue.poll();
      queued--;
      if (queue.isEmpty()) {
        queues.remove(chatId);
        notifyAll();
        return;
      }
      try {
        pool.execute(() -> runNext(chatId));
      } catch (RejectedExecutionException e) {
        queued -= queue.size();
        queues.remove(chatId);
        notifyAll();
      }
    }
  }

  /** Tasks queued or running. */
  synchronized int pending() {
    return queued;
  }

  /**
   * Refuses new tasks and waits up to {@code grace} for the queued ones to finish.
   *
   * @return true when none is left
   */
  boolean drain(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (this) {
      closed = true;
      while (queued > 0 && System.nanoTime() < deadline) {
        try {
          wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return queued == 0;
    }
  }

  /** Drops what is still queued, interrupts what runs, and waits a few seconds for it to end. */
  void shutdown() {
    synchronized (this) {
      closed = true;
    }
    pool.shutdownNow();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        log.warn("{} task(s) still running after the bot stopped", pending());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
