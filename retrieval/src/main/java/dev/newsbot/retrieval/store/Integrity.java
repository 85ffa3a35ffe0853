package dev.newsbot.retrieval.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the SQLite file is whole, and what to say when it is not, or when the disk under it is
 * full: the file's name and what to do, never SQLite's bare code.
 */
final class Integrity {

  /** SQLite's primary result codes that mean a damaged file, a file that is no database, a full disk. */
  private static final int CORRUPT = 11;
  private static final int NOT_A_DATABASE = 26;
  private static final int FULL = 13;
  /** Problems reported at most; a badly damaged file has thousands. */
  private static final int MAX_PROBLEMS = 20;
  /**
   * The largest file checked at every open and commit. quick_check reads every page: measured
   * 3.0 s for a 394 MB file (about 130 MB/s), so 8 s at this size, where the million-passage
   * file (8.1 GB) would take a minute per open and per commit. Above it, damage still surfaces as
   * SQLite meets it (named as below), and {@code index --check} checks the whole file on demand.
   */
  static final long CHECKED_BYTES = 1L << 30;

  private Integrity() {}

  /**
   * The problems SQLite finds in the file, none when it is whole: {@code full} runs
   * integrity_check (every index against its table too), else quick_check (every page's structure).
   */
  static List<String> problems(Connection c, boolean full) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA " + (full ? "integrity_check(" : "quick_check(") + MAX_PROBLEMS + ")")) {
      while (rs.next()) {
        String line = rs.getString(1);
        if (!"ok".equals(line)) {
          out.add(line);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The quick check's problems, or none without looking when the file is over {@link #CHECKED_BYTES}. */
  static List<String> quickProblems(Connection c, Path file) throws SQLException {
    long bytes;
    try {
      bytes = Files.size(file);
    } catch (java.io.IOException e) {
      bytes = 0;
    }
    return bytes > CHECKED_BYTES ? List.of() : problems(c, false);
  }

  /** Every problem of the file at {@code file}; a file that cannot be opened as a database is one problem. */
  static List<String> check(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of("there is no index file at " + file.toAbsolutePath() + ": run 'newsbot index' to make one");
    }
    try (Connection c = StoreFiles.connect(file, StoreFiles.readOnly(file))) {
      return problems(c, true);
    } catch (SQLException e) {
      return List.of(e.getMessage());
    }
  }

  /** The message for a damaged file: which file, and the two ways back. */
  static String damaged(Path file, String detail) {
    Path f = file.toAbsolutePath();
    return "the index file " + f + " is damaged (" + detail + "): stop newsbot, then either put a copy made by"
        + " 'newsbot backup DIR' in its place (delete " + f.getFileName() + "-wal, -shm and -terms beside it), or"
        + " move it away and run 'newsbot index' to index the seeds folder again";
  }

  static boolean isDamage(Throwable e) {
    return hasCode(e, CORRUPT) || hasCode(e, NOT_A_DATABASE);
  }

  static boolean isFull(Throwable e) {
    return hasCode(e, FULL);
  }

  private static boolean hasCode(Throwable e, int code) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && (s.getErrorCode() & 0xff) == code) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (hasCode(suppressed, code)) {
          return true;
        }
      }
    }
    return false;
  }
}
