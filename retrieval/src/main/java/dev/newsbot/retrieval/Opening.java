package dev.newsbot.retrieval;

import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.embed.OnnxEmbedder;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.store.IndexStore;
import java.nio.file.Path;

/** How {@link NewsIndex#open} puts a store and an embedder together, closing what it opened when that fails. */
final class Opening {

  private Opening() {}

  /** The model is loaded first: a store on a cluster needs its dimension. */
  static NewsIndex withModel(Path dataDir, EmbeddingChoice model, SearchMode mode, String paper, StoreChoice where) {
    OnnxEmbedder embedder = OnnxEmbedder.load(model);
    try {
      return over(dataDir, embedder, true, mode, paper, where);
    } catch (RuntimeException e) {
      embedder.close();
      throw e;
    }
  }

  static NewsIndex over(Path dataDir, Embedder embedder, boolean owns, SearchMode mode, String paper,
      StoreChoice where) {
    IndexStore store = where.open(dataDir.resolve(NewsIndex.FILE_NAME), embedder.dimension());
    try {
      return new NewsIndex(store, embedder, owns, mode, paper);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
