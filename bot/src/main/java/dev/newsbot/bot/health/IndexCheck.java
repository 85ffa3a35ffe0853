package dev.newsbot.bot.health;

import dev.newsbot.retrieval.IndexState;
import dev.newsbot.retrieval.NewsIndex;
import java.util.Optional;
import java.util.function.Supplier;

/** The index is open, readable and answers from what the store holds now. */
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
          + s.storeGeneration() + " (another process changed it): restart newsbot to answer from it");
    }
    return Optional.empty();
  }
}
