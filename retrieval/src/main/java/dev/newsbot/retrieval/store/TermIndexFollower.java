package dev.newsbot.retrieval.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link TermIndex} at the store's generation and never lets it fail the store: the store
 * commits first and tells this what changed; a term index behind the store (new, from before it
 * existed, a crash between the two commits) is rebuilt from the store's passages; one that
 * cannot be read is derived data, deleted and made again. Whenever it is not at the store's
 * generation, {@link #search} answers empty and search keeps to FTS5.
 */
final class TermIndexFollower implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TermIndexFollower.class);

  private final TermIndex index;
  /** Every passage of the store with its terms, for a rebuild. */
  private final TermIndex.Source store;
  /** The store's generation as last seen; the term index answers only when it is at this one. */
  private final AtomicLong generation;

  private TermIndexFollower(TermIndex index, TermIndex.Source store, long generation) {
    this.index = index;
    this.store = store;
    this.generation = new AtomicLong(generation);
  }

  /** Opens the term index in {@code folder} and brings it to the store's {@code generation}. */
  static TermIndexFollower open(Path folder, long generation, TermIndex.Source store) throws IOException {
    TermIndexFollower follower = new TermIndexFollower(openOrRemake(folder), store, generation);
    follower.catchUp();
    return follower;
  }

  /**
   * For a store this process may only read: the term index beside it when there is one (searched
   * while it is at the store's generation, FTS5 otherwise, as it cannot be rebuilt there), else
   * one made in memory from the store.
   */
  static TermIndexFollower openReadOnly(Path folder, long generation, TermIndex.Source store) throws IOException {
    TermIndex index;
    try {
      index = Files.isDirectory(folder) ? TermIndex.open(folder) : TermIndex.inMemory();
    } catch (IOException | RuntimeException e) {
      LOG.warn("the term index at {} cannot be read ({}), making one in memory", folder, e.toString());
      index = TermIndex.inMemory();
    }
    TermIndexFollower follower = new TermIndexFollower(index, store, generation);
    follower.catchUp();
    return follower;
  }

  private static TermIndex openOrRemake(Path folder) throws IOException {
    try {
      return TermIndex.open(folder);
    } catch (IOException | RuntimeException e) {
      LOG.warn("the term index at {} cannot be read ({}), making it again from the store", folder, e.toString());
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
      return TermIndex.open(folder);
    }
  }

  /**
   * The store committed generation {@code next}, removing the passages {@code removed} and adding
   * {@code added} (id → terms): applies that, or rebuilds if the term index was not at the one before.
   */
  void followCommit(long next, Collection<Long> removed, Map<Long, String> added) {
    generation.accumulateAndGet(next, Math::max);
    try {
      if (index.apply(next - 1, next, removed, added)) {
        return;
      }
    } catch (IOException | RuntimeException e) {
      // the store has committed: this must not fail the commit, only make the term index catch up
      LOG.warn("the term index could not follow the commit, rebuilding it: {}", e.toString());
    }
    catchUp();
  }

  /**
   * The store is at {@code stored}, maybe by another process's commit (the CLI indexing while the
   * bot runs): reads what that process wrote to the term index. The generation only moves forward.
   */
  void storeAt(long stored) {
    generation.accumulateAndGet(stored, Math::max);
    try {
      index.refresh();
    } catch (IOException e) {
      LOG.warn("the term index could not be reread, lexical search keeps to FTS5: {}", e.toString());
    }
  }

  /** See {@link IndexStore#matchEvery}: empty while the term index is not at the store's generation. */
  Optional<List<ScoredId>> search(Collection<String> terms, int limit) {
    try {
      return index.search(terms, limit, generation.get());
    } catch (IOException | RuntimeException e) {
      LOG.warn("the term index could not be searched, lexical search keeps to FTS5: {}", e.toString());
      return Optional.empty();
    }
  }

  /** Rebuilds the term index from the store if it is behind; failing that, the next commit or start tries again. */
  private void catchUp() {
    try {
      index.refresh();
      long at = generation.get();
      if (index.generation() == at) {
        return;
      }
      long t0 = System.nanoTime();
      long[] passages = {0};
      index.rebuild(at, sink -> store.forEach((id, terms) -> {
        sink.accept(id, terms);
        passages[0]++;
      }));
      if (passages[0] > 0) {
        LOG.info("term index rebuilt from the store: {} passages in {} ms", passages[0],
            (System.nanoTime() - t0) / 1_000_000);
      }
    } catch (Exception e) {
      LOG.warn("the term index could not catch up with the store, lexical search keeps to FTS5: {}", e.toString());
    }
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
