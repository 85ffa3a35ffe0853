package dev.newsbot.retrieval.index;

import java.nio.file.Path;

/** The SQLite store against the store contract, on a real file. */
class SqliteIndexStoreTest extends IndexStoreContract {

  @Override
  IndexStore newStore(Path dir) {
    return SqliteIndexStore.open(dir.resolve("newsbot.db"));
  }
}
