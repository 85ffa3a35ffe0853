package dev.newsbot.retrieval.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What newsbot needs of the place its index lives: the operations the indexer and the search
 * call, nothing more. {@link SqliteIndexStore} is the one implementation, one file on one
 * machine; docs/design.md says how a PostgreSQL + pgvector store would stand behind the same
 * interface when one machine is no longer enough. Every implementation must pass
 * {@code IndexStoreContract}.
 */
public interface IndexStore extends AutoCloseable {

  /** Opens (creating if needed) the SQLite index file. */
  static IndexStore open(Path file) {
    return SqliteIndexStore.open(file);
  }

  /**
   * Every problem SQLite's integrity_check finds in the index file, none when it is whole; reads
   * the file only, so it runs beside a bot that answers from it.
   */
  static List<String> check(Path file) {
    return Integrity.check(file);
  }

  /**
   * Writes a consistent copy of the index file to {@code target} (SQLite's VACUUM INTO: one read
   * transaction, so it runs while others answer and index), which must not exist yet; the term
   * index is not copied: it is made again from the copy when that is opened.
   */
  static void backup(Path file, Path target) {
    Backup.write(file, target);
  }

  /** Where the index lives, for messages. */
  Path file();

  /** Bytes the index takes on disk: the file, its write-ahead log and the term index beside it; -1 if unknown. */
  default long bytesOnDisk() {
    return StoreFiles.bytesOnDisk(file());
  }

  /** True when this process may only read the index (a read-only volume, a copy owned by another user). */
  boolean readOnly();

  /** Throws, saying which folder must be writable, when this process may only read the index. */
  void requireWritable();

  /** The embedding model that made the stored vectors, if any were stored. */
  Optional<String> embeddingModel();

  /** File name → content hash of every indexed issue. */
  Map<String, String> issueHashes();

  /** Text embedded for every stored passage, by passage id, for re-embedding with another model. */
  Map<Long, String> chunkTexts();

  /**
   * Applies one indexing run atomically: removes the issues in {@code removeFiles}, writes
   * {@code writes} (replacing issues of the same file), replaces the vectors in {@code newVectors}
   * and records {@code modelKey} as the model of all vectors. Readers see all of it or none.
   */
  void commit(List<String> removeFiles, List<IssueWrite> writes, Map<Long, float[]> newVectors, String modelKey);

  /**
   * The store's generation as committed now, by this process or another: 0 for a new store, one
   * more after each commit.
   */
  long generation();

  /** A consistent snapshot of the whole index. */
  Corpus load();

  /**
   * What answering holds in memory: the whole snapshot ({@link #load}), unless the store keeps the
   * passages and is asked for the few each question needs ({@link #passages}); then the issues
   * without their texts, the articles' spans and the term statistics.
   */
  default Corpus outline() {
    return load();
  }

  /** Where questions read the passages of {@code outline} (made by {@link #outline}). */
  default PassageSource passages(Corpus outline) {
    return new CorpusPassages(outline);
  }

  /** {@code outline} when it is the whole index, else the whole index read now (an indexing run keeps texts). */
  default Corpus whole(Corpus outline) {
    return outline;
  }

  /**
   * Lexical search over an OR of {@code terms}, in the order given (see {@code Query.searchTerms}):
   * passage ids with bm25 scores, higher is better, best first; none for no terms. A term is
   * literal text: each store writes it into its own query language so that no question can
   * inject that language's syntax.
   */
  List<ScoredId> match(Collection<String> terms, int limit);

  /**
   * Lexical search over an OR of every one of {@code terms}, bm25, best first, fast at any size
   * (FTS5 must score every passage holding any term: seconds at a million passages). Empty when
   * the engine behind it lags the store; callers then fall back to {@link #match}.
   */
  Optional<List<ScoredId>> matchEvery(Collection<String> terms, int limit);

  @Override
  void close();
}
