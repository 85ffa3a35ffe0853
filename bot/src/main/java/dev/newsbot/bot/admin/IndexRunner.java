package dev.newsbot.bot.admin;

import dev.newsbot.bot.launch.FatalErrors;
import dev.newsbot.bot.launch.Threads;
import dev.newsbot.bot.conversation.Conversation;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs admins' indexing jobs (an upload, a {@code /reindex}) on a thread of their own, one at a
 * time, so that the update threads go on answering questions from the old index meanwhile. A job
 * asked for while another is under way is refused, not queued: the admin is told to wait.
 */
public final class IndexRunner {

  private static final Logger log = LoggerFactory.getLogger(IndexRunner.class);

  private final ExecutorService worker = Executors.newSingleThreadExecutor(Threads.named("newsbot-indexing"));
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(Threads.named("newsbot-progress"));
  private final AtomicBoolean busy = new AtomicBoolean();
  private final Duration progressEvery;

  public IndexRunner(Duration progressEvery) {
    this.progressEvery = progressEvery;
  }

  /**
   * Starts {@code job} on the indexing thread. The job indexes and returns what to say about it,
   * which is said once the next job may start (so an admin who reads the report can go on at once).
   *
   * @return false when a job is under way (nothing is started) or the bot is stopping
   */
  public boolean tryStart(Supplier<Runnable> job) {
    if (!busy.compareAndSet(false, true)) {
      return false;
    }
    try {
      worker.execute(() -> {
        Runnable afterwards = null;
        try {
          afterwards = job.get();
        } catch (RuntimeException e) {
          log.error("an indexing job failed: {}", e.toString());
        } catch (Error e) {
          FatalErrors.halt("indexing", e);
        } finally {
          busy.set(false);
        }
        try {
          if (afterwards != null) {
            afterwards.run();
          }
        } catch (RuntimeException e) {
          log.error("the report of an indexing job could not be sent: {}", e.toString());
        }
      });
      return true;
    } catch (RejectedExecutionException e) {
      busy.set(false);
      return false;
    }
  }

  /** True while a job runs. */
  public boolean busy() {
    return busy.get();
  }

  /** A progress message for a job, edited at most once per the interval this runner was given. */
  public ProgressMessage progress(Conversation chat, AdminText text, String title) {
    return new ProgressMessage(chat, text, title, ticker, progressEvery);
  }

  /**
   * Takes no more jobs and waits up to {@code grace} for the one under way. A run cut short
   * leaves the index as it was: it becomes visible only in its final commit.
   */
  public void close(Duration grace) {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        log.info("an indexing run is still under way after {} ms; if it is cut short, the index keeps its last "
            + "commit", grace.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ticker.shutdownNow();
  }
}
