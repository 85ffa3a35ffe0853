package dev.newsbot.bot.health;

import dev.newsbot.retrieval.IndexState;
import dev.newsbot.retrieval.NewsIndex;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The index is open, readable and answers from what the store holds now; after another process's
 * commit it is behind for the moment the index takes to read the store again.
 */
public final class IndexCheck implements Supplier<Optional<String>> {

  private final NewsIndex index;

  public IndexCheck(NewsIndex index) {
    this.index = index;
  }

  @Override
  public Optional<String> get() {
    IndexState s;
    try {
      s = index.state();
    } catch (RuntimeException e) {
      return Optional.of("the index cannot be read (" + e.getMessage() + ")");
    }
    if (!s.current()) {
      return Optional.of("the index answers from generation " + s.generation() + " but the store holds generation "
          + s.storeGeneration() + " (another process changed it): it is read again within seconds");
    }
    return Optional.empty();
  }
}
