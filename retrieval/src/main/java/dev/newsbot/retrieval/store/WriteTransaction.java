package dev.newsbot.retrieval.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indexing run's changes as one SQLite transaction: all of them or, on any failure (a full
 * disk, a damaged page), none, with a message that says which and what to do. Tells what it
 * changed, for the term index to follow.
 */
final class WriteTransaction {

  /** The generation committed, the passages removed and those added (id → lexical terms). */
  record Done(long generation, List<Long> removed, Map<Long, String> added) {}

  private WriteTransaction() {}

  static Done run(Connection writer, Path file, List<String> removeFiles, List<IssueWrite> writes,
      Map<Long, float[]> newVectors, String modelKey) {
    List<Long> removed = new ArrayList<>();
    Map<Long, String> added = new LinkedHashMap<>();
    long next;
    try {
      writer.setAutoCommit(false);
      try {
        IssueRows rows = new IssueRows(writer);
        for (String f : removeFiles) {
          removed.addAll(rows.delete(f));
        }
        for (IssueWrite w : writes) {
          List<Long> gone = rows.delete(w.issue().file());
          removed.addAll(gone);
          added.keySet().removeAll(gone);
          added.putAll(rows.insert(w));
        }
        try (PreparedStatement ps = writer.prepareStatement("UPDATE vectors SET vector = ? WHERE chunk_id = ?")) {
          for (var e : newVectors.entrySet()) {
            ps.setBytes(1, StoredVectors.toBytes(e.getValue()));
            ps.setLong(2, e.getKey());
            ps.addBatch();
          }
          ps.executeBatch();
        }
        putMeta(writer, "embedding_model", modelKey);
        next = nextGeneration(writer);
        writer.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(writer, e);
        throw e;
      } finally {
        autoCommit(writer);
      }
    } catch (SQLException e) {
      throw failed(file, e);
    }
    return new Done(next, removed, added);
  }

  /**
   * Undoes the transaction; SQLite may have rolled it back itself (a full disk does), and a
   * rollback then fails with "no transaction is active", which must not hide the first error.
   */
  private static void rollback(Connection writer, Exception first) {
    try {
      writer.rollback();
    } catch (SQLException e) {
      first.addSuppressed(e);
    }
  }

  /**
   * Back to one transaction a statement. After a rollback SQLite made itself, the driver's COMMIT
   * for it fails ("cannot commit - no transaction is active"): that is no news, and it must not
   * take the place of the error that ended the transaction.
   */
  private static void autoCommit(Connection writer) {
    try {
      writer.setAutoCommit(true);
    } catch (SQLException e) {
      // no transaction was left to end
    }
  }

  private static StoreException failed(Path file, SQLException e) {
    if (Integrity.isFull(e)) {
      return new StoreException("writing the index at " + file + " failed: disk full (" + StoreFiles.freeSpace(file)
          + "): nothing was changed; free some space there and index again", e);
    }
    if (Integrity.isDamage(e)) {
      return new StoreException(Integrity.damaged(file, e.getMessage()), e);
    }
    return new StoreException("writing the index at " + file + " failed, nothing was changed: " + e.getMessage(), e);
  }

  /** SQLite's quick_check after a commit (up to Integrity.CHECKED_BYTES): damage is told when it is made. */
  static void check(Connection writer, Path file) {
    List<String> problems;
    try {
      problems = Integrity.quickProblems(writer, file);
    } catch (SQLException e) {
      problems = List.of(e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new StoreException(Integrity.damaged(file, String.join("; ", problems)), null);
    }
  }

  /**
   * Raises the stored generation inside the write transaction, which holds the write lock: read
   * there, it counts another process's commits too (the CLI indexing while the bot runs).
   */
  private static long nextGeneration(Connection writer) throws SQLException {
    long next;
    try (Statement s = writer.createStatement();
        ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'generation'")) {
      next = rs.next() ? Long.parseLong(rs.getString(1)) + 1 : 1;
    }
    putMeta(writer, "generation", String.valueOf(next));
    return next;
  }

  static void putMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }
}
