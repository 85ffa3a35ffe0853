package dev.newsbot.retrieval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The SQLite store against the store contract, on a real file, and its term index's recovery. */
class SqliteIndexStoreTest extends IndexStoreContract {

  @Override
  IndexStore newStore(Path dir) {
    return SqliteIndexStore.open(dir.resolve("newsbot.db"));
  }

  @Test
  void theFts5ExpressionQuotesEveryTermAndDoublesItsQuotes() {
    assertThat(SqliteIndexStore.ftsExpression(List.of("书画", "考试", "a\"b"))).isEqualTo("\"书画\" OR \"考试\" OR \"a\"\"b\"");
  }

  @Test
  void aMissingTermIndexIsRebuiltFromTheStoreOnOpen() throws IOException {
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt")), Map.of(), EMBEDDER.modelKey());
    List<ScoredId> before = store.matchEvery(List.of("积雪", "厘米"), 10).orElseThrow();
    store.close();
    deleteTree(SqliteIndexStore.termIndexFolder(dir.resolve("newsbot.db")));
    store = newStore(dir);
    assertThat(store.matchEvery(List.of("积雪", "厘米"), 10)).contains(before);
  }

  @Test
  void aTermIndexLeftBehindByACrashCatchesUpOnOpen() throws IOException {
    Path folder = SqliteIndexStore.termIndexFolder(dir.resolve("newsbot.db"));
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt")), Map.of(), EMBEDDER.modelKey());
    store.close();
    Path older = dir.resolve("older-terms");
    copyTree(folder, older);
    store = newStore(dir);
    store.commit(List.of(), List.of(write("001_4237cd71e9e911f0.txt")), Map.of(), EMBEDDER.modelKey());
    store.close();
    deleteTree(folder);
    copyTree(older, folder);

    store = newStore(dir);
    Corpus c = store.load();
    List<ScoredId> found = store.matchEvery(List.of("自然"), 50).orElseThrow();
    assertThat(found).isNotEmpty().allSatisfy(h -> assertThat(c.chunksById().get(h.id()).issue().file())
        .isEqualTo("001_4237cd71e9e911f0.txt"));
    assertThat(found).hasSize((int) c.chunks().stream().filter(x -> x.text().contains("自然")).count());
  }

  @Test
  void anUnreadableTermIndexIsMadeAgain() throws IOException {
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt")), Map.of(), EMBEDDER.modelKey());
    List<ScoredId> before = store.matchEvery(List.of("积雪", "厘米"), 10).orElseThrow();
    store.close();
    try (Stream<Path> files = Files.list(SqliteIndexStore.termIndexFolder(dir.resolve("newsbot.db")))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.writeString(f, "not a Lucene commit");
      }
    }
    store = newStore(dir);
    assertThat(store.matchEvery(List.of("积雪", "厘米"), 10)).contains(before);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
