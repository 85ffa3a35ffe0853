package dev.newsbot.retrieval.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SQLite file that holds everything: issues with their text, articles, paragraphs, passages,
 * their vectors (float32 BLOBs) and an FTS5 index of their terms. Every change is one
 * transaction, so readers see the old index until it commits and a crash leaves it intact.
 * Each commit raises the store's generation; the {@link TermIndex} beside the file follows it.
 */
final class SqliteIndexStore implements IndexStore {

  static final int SCHEMA_VERSION = 2;

  private final Path file;
  private final Connection writer;
  private final ReadConnections readers;
  private final boolean readOnly;
  private TermIndexFollower terms; // set once in open

  private SqliteIndexStore(Path file, Connection writer, boolean readOnly) {
    this.file = file;
    this.writer = writer;
    this.readOnly = readOnly;
    this.readers = new ReadConnections(file, 4, readOnly);
  }

  /** Where the term index of the store file {@code file} lives: beside it, like SQLite's own -wal file. */
  static Path termIndexFolder(Path file) {
    return StoreFiles.termIndexFolder(file);
  }

  /**
   * Opens the store file, creating it and its tables when new; read-only when this process may
   * not write it or its folder. A damaged file (SQLite's quick_check) is refused with what to do.
   */
  public static SqliteIndexStore open(Path file) {
    return open(file, StoreFiles.readOnly(file));
  }

  /** {@link #open(Path)}, read-only when asked (tests ask where permissions do not bind, as for root). */
  static SqliteIndexStore open(Path file, boolean readOnly) {
    Connection c = null;
    try {
      if (!readOnly) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      c = StoreFiles.connect(file, readOnly);
      List<String> problems = Integrity.quickProblems(c, file);
      if (!problems.isEmpty()) {
        throw new StoreException(Integrity.damaged(file, String.join("; ", problems)), null);
      }
      if (!readOnly) {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA synchronous=FULL");
          s.execute("PRAGMA foreign_keys=ON");
        }
        Schema.create(c);
      }
      SqliteIndexStore store = new SqliteIndexStore(file, c, readOnly);
      store.checkSchemaVersion();
      Path terms = termIndexFolder(file);
      store.terms = readOnly ? TermIndexFollower.openReadOnly(terms, store.storedGeneration(), store::forEachPassageTerms)
          : TermIndexFollower.open(terms, store.storedGeneration(), store::forEachPassageTerms);
      return store;
    } catch (SQLException | java.io.IOException | RuntimeException e) {
      closeQuietly(c);
      if (e instanceof StoreException se) {
        throw se;
      }
      if (Integrity.isDamage(e)) {
        throw new StoreException(Integrity.damaged(file, e.getMessage()), e);
      }
      throw new StoreException("cannot open the index at " + file + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      if (c != null) {
        c.close();
      }
    } catch (SQLException e) {
      // already failing: the first error is the one to tell
    }
  }

  @Override
  public boolean readOnly() {
    return readOnly;
  }

  /** For tests: the most pages the file may grow to (SQLite's max_page_count), as a full disk would stop it. */
  void limitPages(long pages) throws SQLException {
    try (Statement s = writer.createStatement()) {
      s.execute("PRAGMA max_page_count=" + pages);
    }
  }

  @Override
  public Path file() {
    return file;
  }

  /** Every stored passage's id and lexical terms, from the FTS5 table: what the term index is built from. */
  private void forEachPassageTerms(TermIndex.PassageTerms sink) {
    readers.with(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rowid, terms FROM chunk_fts")) {
        while (rs.next()) {
          sink.accept(rs.getLong(1), rs.getString(2));
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return null;
    });
  }

  @Override
  public long generation() {
    return storedGeneration();
  }

  private long storedGeneration() {
    return Long.parseLong(meta("generation").orElse("0"));
  }

  private void checkSchemaVersion() throws SQLException {
    String v = meta("schema_version").orElse(null);
    if (readOnly && (v == null || Integer.parseInt(v) != SCHEMA_VERSION)) {
      throw new StoreException("the index at " + file + " has schema version " + v + " and is read-only: this"
          + " newsbot reads version " + SCHEMA_VERSION + " and must write to bring it up to that; run 'newsbot index'"
          + " where the folder is writable", null);
    }
    if (v == null) {
      WriteTransaction.putMeta(writer, "schema_version", String.valueOf(SCHEMA_VERSION));
    } else if (Integer.parseInt(v) == 1) {
      try (Statement s = writer.createStatement()) {
        for (String ddl : Schema.FROM_VERSION_1) {
          s.execute(ddl);
        }
      }
      WriteTransaction.putMeta(writer, "schema_version", String.valueOf(SCHEMA_VERSION));
    } else if (Integer.parseInt(v) != SCHEMA_VERSION) {
      throw new StoreException("the index at " + file + " has schema version " + v + ", this newsbot reads "
          + SCHEMA_VERSION + ": move the file away and run 'index' again", null);
    }
  }

  /** The embedding model that made the stored vectors, if any were stored. */
  @Override
  public Optional<String> embeddingModel() {
    return meta("embedding_model");
  }

  private Optional<String> meta(String key) {
    return readers.with(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  /** File name → content hash of every indexed issue. */
  @Override
  public Map<String, String> issueHashes() {
    return readers.with(c -> {
      Map<String, String> out = new HashMap<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT file, sha256 FROM issues")) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
      return out;
    });
  }

  /** Text of every stored passage with its id, for re-embedding with another model. */
  @Override
  public Map<Long, String> chunkTexts() {
    return readers.with(c -> {
      Map<Long, String> out = new HashMap<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT id, embed_text FROM chunks ORDER BY id")) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getString(2));
        }
      }
      return out;
    });
  }

  /**
   * Applies one indexing run in a single transaction: deletes the issues in {@code removeFiles},
   * writes {@code writes} (replacing issues of the same file), replaces the vectors in
   * {@code newVectors} and records {@code modelKey} as the model of all vectors.
   */
  @Override
  public synchronized void commit(List<String> removeFiles, List<IssueWrite> writes, Map<Long, float[]> newVectors,
      String modelKey) {
    requireWritable();
    WriteTransaction.Done done = WriteTransaction.run(writer, file, removeFiles, writes, newVectors, modelKey);
    terms.followCommit(done.generation(), done.removed(), done.added());
    WriteTransaction.check(writer, file);
  }

  @Override
  public void requireWritable() {
    if (readOnly) {
      throw new StoreException("indexing needs write access to " + StoreFiles.folder(file) + " (the folder of "
          + file.getFileName() + ", and the file itself), which this process may only read: answering works as it"
          + " is; index where the folder is writable, or make it writable for this user", null);
    }
  }

  /** Reads a consistent snapshot of the whole index. */
  @Override
  public Corpus load() {
    terms.storeAt(storedGeneration()); // another process may have committed (the CLI indexing while the bot runs)
    return readers.with(CorpusLoader::load);
  }

  /** Runs an FTS5 MATCH query; chunk ids with their negated bm25 (higher is better), best first. */
  @Override
  public List<ScoredId> match(Collection<String> terms, int limit) {
    if (terms.isEmpty()) {
      return List.of();
    }
    String ftsQuery = ftsExpression(terms);
    return readers.with(c -> {
      List<ScoredId> out = new java.util.ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT rowid, bm25(chunk_fts) AS s FROM chunk_fts WHERE chunk_fts MATCH ? ORDER BY s LIMIT ?")) {
        ps.setString(1, ftsQuery);
        ps.setInt(2, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new ScoredId(rs.getLong(1), -rs.getDouble(2)));
          }
        }
      }
      return out;
    });
  }

  /**
   * The FTS5 MATCH expression for an OR of {@code terms}: each a string in double quotes (its own
   * quotes doubled), so that whatever a term holds is matched as text, never read as an operator.
   */
  static String ftsExpression(Collection<String> terms) {
    return terms.stream().map(t -> '"' + t.replace("\"", "\"\"") + '"').collect(Collectors.joining(" OR "));
  }

  /**
   * bm25 over an OR of every one of {@code terms} from the term index, best first; empty when the
   * term index is behind the store and only FTS5 can answer.
   */
  @Override
  public Optional<List<ScoredId>> matchEvery(Collection<String> terms, int limit) {
    return this.terms.search(terms, limit);
  }

  @Override
  public void close() {
    try {
      terms.close();
    } catch (java.io.IOException e) {
      // closing: its commits are already on disk
    }
    readers.close();
    try {
      writer.close();
    } catch (SQLException e) {
      // closing: nothing left to protect
    }
  }
}
