package dev.newsbot.bot.telegram;

import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import java.time.Duration;
import java.util.List;

/**
 * A model-free embedder (the store's test seam) that can hold an indexing run in the middle of
 * embedding until the test lets it go, so that what happens during a run is tested without
 * timing guesses. A held run goes on by itself after 30 s, so a failing test cannot hang.
 */
final class GatedEmbedder implements Embedder {

  private static final Duration LONGEST_HOLD = Duration.ofSeconds(30);

  private final HashingEmbedder inner = new HashingEmbedder(64);
  private boolean holding;
  private int held;

  /** From now on, embedding passages waits until {@link #release()}. */
  synchronized void hold() {
    holding = true;
  }

  synchronized void release() {
    holding = false;
    notifyAll();
  }

  /** Waits (bounded) until an indexing run is held. */
  synchronized void awaitHeld(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (held == 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no indexing run reached embedding within " + timeout.toMillis() + " ms");
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  @Override
  public String modelKey() {
    return inner.modelKey();
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public float[] embedQuery(String question) {
    return inner.embedQuery(question);
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    synchronized (this) {
      long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
      held++;
      notifyAll();
      try {
        while (holding && System.nanoTime() < deadline) {
          wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        held--;
      }
    }
    return inner.embedPassages(passages);
  }
}
