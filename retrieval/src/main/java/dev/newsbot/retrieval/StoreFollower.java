package dev.newsbot.retrieval;

import dev.newsbot.retrieval.store.IndexStore;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the store's generation from a daemon thread and reloads the snapshot when it is not
 * the one the answers come from: another process (a cron job's {@code index --add}, a CLI prune)
 * committed. Reading the generation is one row of one table, so it is polled often. Skipped while
 * this process indexes (it holds {@code indexing}), which reloads when it commits.
 */
final class StoreFollower implements AutoCloseable {

  /** How often the store's generation is read: answers follow another process's commit within about this. */
  static final Duration PERIOD = Duration.ofMillis(500);

  private static final Logger LOG = LoggerFactory.getLogger(StoreFollower.class);

  private final IndexStore store;
  private final Lock indexing;
  private final LongSupplier answering;
  private final IntSupplier reload;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "index-follower");
    t.setDaemon(true);
    return t;
  });
  private volatile String lastFailure;

  /** {@code answering}: the generation of the snapshot; {@code reload}: reads a new one, returns its issues. */
  StoreFollower(IndexStore store, Lock indexing, LongSupplier answering, IntSupplier reload) {
    this.store = store;
    this.indexing = indexing;
    this.answering = answering;
    this.reload = reload;
    thread.scheduleWithFixedDelay(this::follow, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void follow() {
    try {
      if (store.generation() != answering.getAsLong() && indexing.tryLock()) {
        try {
          if (store.generation() != answering.getAsLong()) {
            int issues = reload.getAsInt();
            LOG.info("the index changed in another process: answering from generation {}, {} issues",
                answering.getAsLong(), issues);
          }
        } finally {
          indexing.unlock();
        }
      }
      lastFailure = null;
    } catch (RuntimeException e) {
      // answers keep coming from the snapshot in memory; say so once, not every period
      if (!e.toString().equals(lastFailure)) {
        lastFailure = e.toString();
        LOG.warn("cannot follow the index's changes, answering from what was read before: {}", e.getMessage());
      }
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
