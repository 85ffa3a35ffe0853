package dev.newsbot.retrieval.index;

import dev.newsbot.retrieval.ingest.Article;
import dev.newsbot.retrieval.ingest.Paragraph;
import dev.newsbot.retrieval.search.Folding;
import dev.newsbot.retrieval.search.Tokenizer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQLite file that holds everything: issues with their text, articles, paragraphs, passages,
 * their vectors (float32 BLOBs) and an FTS5 index of their terms. Every change is one
 * transaction, so readers see the old index until it commits and a crash leaves it intact.
 * Each commit raises the store's generation; the {@link TermIndex} beside the file follows it.
 */
public final class SqliteIndexStore implements IndexStore {

  private static final Logger LOG = LoggerFactory.getLogger(SqliteIndexStore.class);

  static final int SCHEMA_VERSION = 1;

  private final Path file;
  private final Connection writer;
  private final ReadConnections readers;
  private final TermIndex terms;
  /** The generation of the last commit seen; the term index answers only when it is at this one. */
  private final AtomicLong generation = new AtomicLong();

  private SqliteIndexStore(Path file, Connection writer, TermIndex terms) {
    this.file = file;
    this.writer = writer;
    this.readers = new ReadConnections(file, 4);
    this.terms = terms;
  }

  /** Where the term index of the store file {@code file} lives: beside it, like SQLite's own -wal file. */
  static Path termIndexFolder(Path file) {
    return file.resolveSibling(file.getFileName() + "-terms");
  }

  /** Opens the store file, creating it and its tables when new. */
  public static SqliteIndexStore open(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Connection c = connect(file);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA foreign_keys=ON");
        boolean contentless = isContentless(s);
        if (contentless) {
          s.execute("DROP TABLE IF EXISTS chunk_vocab");
          s.execute("DROP TABLE chunk_fts");
        }
        for (String ddl : Schema.DDL) {
          s.execute(ddl);
        }
        if (contentless) {
          refillLexicalIndex(c);
        }
      }
      SqliteIndexStore store = new SqliteIndexStore(file, c, openTermIndex(termIndexFolder(file)));
      store.checkSchemaVersion();
      store.generation.set(store.storedGeneration());
      store.catchUpTermIndex();
      return store;
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException("cannot open the index at " + file + ": " + e.getMessage(), e);
    }
  }

  /** Opens the term index; one that cannot be read is derived data: it is deleted and made again. */
  private static TermIndex openTermIndex(Path folder) throws java.io.IOException {
    try {
      return TermIndex.open(folder);
    } catch (java.io.IOException | RuntimeException e) {
      LOG.warn("the term index at {} cannot be read ({}), making it again from the store", folder, e.toString());
      try (var files = Files.walk(folder)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
      return TermIndex.open(folder);
    }
  }

  /** Indexes written before the terms were stored have a contentless FTS5 table. */
  private static boolean isContentless(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'chunk_fts'")) {
      return rs.next() && rs.getString(1).contains("content=''");
    }
  }

  /** Rebuilds the lexical index from the stored passages, in one transaction. */
  private static void refillLexicalIndex(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, embed_text FROM chunks");
        PreparedStatement ins = c.prepareStatement("INSERT INTO chunk_fts(rowid, terms) VALUES (?,?)")) {
      while (rs.next()) {
        ins.setLong(1, rs.getLong(1));
        ins.setString(2, Tokenizer.indexTerms(Folding.fold(rs.getString(2))));
        ins.addBatch();
      }
      ins.executeBatch();
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  static Connection connect(Path file) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout=10000");
    }
    return c;
  }

  @Override
  public Path file() {
    return file;
  }

  /**
   * Rebuilds the term index from the FTS5 table when it is behind the store: new, from before it
   * existed, or a crash came between the store's commit and its own. Failing that, lexical search
   * keeps to FTS5 (see {@link #matchEvery}) and the next commit or start tries again.
   */
  private void catchUpTermIndex() {
    try {
      terms.refresh();
      long at = generation.get();
      if (terms.generation() == at) {
        return;
      }
      long t0 = System.nanoTime();
      long[] passages = {0};
      terms.rebuild(at, sink -> readers.with(c -> {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rowid, terms FROM chunk_fts")) {
          while (rs.next()) {
            sink.accept(rs.getLong(1), rs.getString(2));
            passages[0]++;
          }
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        return null;
      }));
      if (passages[0] > 0) {
        LOG.info("term index rebuilt from the store: {} passages in {} ms", passages[0],
            (System.nanoTime() - t0) / 1_000_000);
      }
    } catch (Exception e) {
      LOG.warn("the term index could not catch up with the store, lexical search keeps to FTS5: {}", e.toString());
    }
  }

  private long storedGeneration() {
    return Long.parseLong(meta("generation").orElse("0"));
  }

  private void checkSchemaVersion() throws SQLException {
    String v = meta("schema_version").orElse(null);
    if (v == null) {
      putMeta(writer, "schema_version", String.valueOf(SCHEMA_VERSION));
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
    List<Long> removed = new ArrayList<>();
    Map<Long, String> added = new LinkedHashMap<>();
    long next;
    try {
      writer.setAutoCommit(false);
      try {
        for (String f : removeFiles) {
          removed.addAll(deleteIssue(f));
        }
        for (IssueWrite w : writes) {
          List<Long> gone = deleteIssue(w.issue().file());
          removed.addAll(gone);
          added.keySet().removeAll(gone);
          added.putAll(insertIssue(w));
        }
        try (PreparedStatement ps = writer.prepareStatement("UPDATE vectors SET vector = ? WHERE chunk_id = ?")) {
          for (var e : newVectors.entrySet()) {
            ps.setBytes(1, toBytes(e.getValue()));
            ps.setLong(2, e.getKey());
            ps.addBatch();
          }
          ps.executeBatch();
        }
        putMeta(writer, "embedding_model", modelKey);
        next = nextGeneration();
        writer.commit();
        generation.accumulateAndGet(next, Math::max);
      } catch (SQLException | RuntimeException e) {
        writer.rollback();
        throw e;
      } finally {
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("writing the index failed, nothing was changed: " + e.getMessage(), e);
    }
    followInTermIndex(next, removed, added);
  }

  /**
   * Raises the stored generation inside the write transaction, which holds the write lock: read
   * there, it counts another process's commits too (the CLI indexing while the bot runs).
   */
  private long nextGeneration() throws SQLException {
    long next;
    try (Statement s = writer.createStatement();
        ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'generation'")) {
      next = rs.next() ? Long.parseLong(rs.getString(1)) + 1 : 1;
    }
    putMeta(writer, "generation", String.valueOf(next));
    return next;
  }

  /** Brings the term index to the store's new generation: the commit's changes, or a rebuild if it was behind. */
  private void followInTermIndex(long next, Collection<Long> removed, Map<Long, String> added) {
    try {
      if (terms.apply(next - 1, next, removed, added)) {
        return;
      }
    } catch (java.io.IOException | RuntimeException e) {
      // the store has committed: this must not fail the commit, only make the term index catch up
      LOG.warn("the term index could not follow the commit, rebuilding it: {}", e.toString());
    }
    catchUpTermIndex();
  }

  /**
   * Deletes an issue and everything parsed from it; returns the ids of its passages. The first
   * statement writes, so the transaction holds the write lock before it reads anything.
   */
  private List<Long> deleteIssue(String file) throws SQLException {
    String passages = "SELECT c.id FROM chunks c JOIN issues i ON c.issue_id = i.id WHERE i.file = ?";
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement fts = writer.prepareStatement("DELETE FROM chunk_fts WHERE rowid IN (" + passages + ")");
        PreparedStatement select = writer.prepareStatement(passages);
        PreparedStatement del = writer.prepareStatement("DELETE FROM issues WHERE file = ?")) {
      fts.setString(1, file);
      fts.executeUpdate();
      select.setString(1, file);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      del.setString(1, file);
      del.executeUpdate();
    }
    return ids;
  }

  /** Inserts an issue and everything parsed from it; returns its passages' ids with their lexical terms. */
  private Map<Long, String> insertIssue(IssueWrite w) throws SQLException {
    Map<Long, String> added = new LinkedHashMap<>();
    var issue = w.issue();
    long issueId;
    try (PreparedStatement ps = writer.prepareStatement(
        "INSERT INTO issues(file, sha256, paper, date, date_inferred, text, indexed_at) VALUES (?,?,?,?,?,?,?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, issue.file());
      ps.setString(2, w.sha256());
      ps.setString(3, issue.meta().paper());
      ps.setString(4, issue.meta().date() == null ? null : issue.meta().date().toString());
      ps.setInt(5, issue.meta().dateInferred() ? 1 : 0);
      ps.setString(6, issue.text());
      ps.setLong(7, System.currentTimeMillis());
      ps.executeUpdate();
      issueId = generatedKey(ps);
    }
    Map<Integer, Long> articleIds = new HashMap<>();
    try (PreparedStatement art = writer.prepareStatement(
            "INSERT INTO articles(issue_id, ordinal, title, byline, start, end) VALUES (?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS);
        PreparedStatement par = writer.prepareStatement(
            "INSERT INTO paragraphs(article_id, n, kind, start, end) VALUES (?,?,?,?,?)")) {
      for (Article a : issue.articles()) {
        art.setLong(1, issueId);
        art.setInt(2, a.ordinal());
        art.setString(3, a.title());
        art.setString(4, a.byline());
        art.setInt(5, a.start());
        art.setInt(6, a.end());
        art.executeUpdate();
        long articleId = generatedKey(art);
        articleIds.put(a.ordinal(), articleId);
        for (Paragraph p : a.paragraphs()) {
          par.setLong(1, articleId);
          par.setInt(2, p.n());
          par.setString(3, p.kind().name());
          par.setInt(4, p.start());
          par.setInt(5, p.end());
          par.addBatch();
        }
      }
      par.executeBatch();
    }
    try (PreparedStatement ch = writer.prepareStatement(
            "INSERT INTO chunks(issue_id, article_id, paragraph, start, end, text, embed_text) VALUES (?,?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS);
        PreparedStatement vec = writer.prepareStatement("INSERT INTO vectors(chunk_id, vector) VALUES (?,?)");
        PreparedStatement fts = writer.prepareStatement("INSERT INTO chunk_fts(rowid, terms) VALUES (?,?)")) {
      for (int k = 0; k < w.chunks().size(); k++) {
        Chunk c = w.chunks().get(k);
        ch.setLong(1, issueId);
        ch.setLong(2, articleIds.get(c.article()));
        ch.setInt(3, c.paragraph());
        ch.setInt(4, c.start());
        ch.setInt(5, c.end());
        ch.setString(6, c.text());
        ch.setString(7, PassageText.forEmbedding(issue.articles().get(c.article() - 1).title(), c.text()));
        ch.executeUpdate();
        long chunkId = generatedKey(ch);
        vec.setLong(1, chunkId);
        vec.setBytes(2, toBytes(w.vectors().get(k)));
        vec.addBatch();
        fts.setLong(1, chunkId);
        fts.setString(2, w.terms().get(k));
        fts.addBatch();
        added.put(chunkId, w.terms().get(k));
      }
      vec.executeBatch();
      fts.executeBatch();
    }
    return added;
  }

  private static long generatedKey(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  private static void putMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }

  /** Reads a consistent snapshot of the whole index. */
  @Override
  public Corpus load() {
    followOtherWriters();
    return readers.with(CorpusLoader::load);
  }

  /** Another process may have committed (the CLI's index while the bot runs): read what it wrote. */
  private void followOtherWriters() {
    generation.accumulateAndGet(storedGeneration(), Math::max);
    try {
      terms.refresh();
    } catch (java.io.IOException e) {
      LOG.warn("the term index could not be reread, lexical search keeps to FTS5: {}", e.toString());
    }
  }

  /** Runs an FTS5 MATCH query; chunk ids with their negated bm25 (higher is better), best first. */
  @Override
  public List<ScoredId> match(String ftsQuery, int limit) {
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
   * bm25 over an OR of every one of {@code terms} from the term index, best first; empty when the
   * term index is behind the store and only FTS5 can answer.
   */
  @Override
  public Optional<List<ScoredId>> matchEvery(Collection<String> terms, int limit) {
    try {
      return this.terms.search(terms, limit, generation.get());
    } catch (java.io.IOException | RuntimeException e) {
      LOG.warn("the term index could not be searched, lexical search keeps to FTS5: {}", e.toString());
      return Optional.empty();
    }
  }

  static byte[] toBytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float f : v) {
      b.putFloat(f);
    }
    return b.array();
  }

  static float[] toFloats(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[bytes.length / 4];
    for (int k = 0; k < v.length; k++) {
      v[k] = b.getFloat();
    }
    return v;
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
