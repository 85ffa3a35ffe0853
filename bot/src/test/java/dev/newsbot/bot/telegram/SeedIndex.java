package dev.newsbot.bot.telegram;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.indexing.IndexProgress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real index of the five seed issues, built once per test JVM into {@code target/} and shared
 * by every end-to-end test (indexing takes ~20 s; later runs find it up to date in a second).
 */
final class SeedIndex {

  static final Path SEEDS = Path.of("..", "seeds");
  private static NewsIndex index;

  private SeedIndex() {}

  static synchronized NewsIndex shared() {
    if (index == null) {
      index = build(Path.of("target", "telegram-it", "seed-index"), SEEDS);
    }
    return index;
  }

  /** Opens (or updates) an index of {@code seeds} in {@code dir}, closed when the JVM exits. */
  static NewsIndex build(Path dir, Path seeds) {
    if (!Files.isDirectory(seeds)) {
      throw new IllegalStateException("no seeds folder at " + seeds.toAbsolutePath());
    }
    NewsIndex opened = NewsIndex.open(dir, EmbeddingChoice.DEFAULT);
    opened.indexFolder(seeds, true, IndexProgress.NONE);
    Runtime.getRuntime().addShutdownHook(new Thread(opened::close));
    return opened;
  }
}
