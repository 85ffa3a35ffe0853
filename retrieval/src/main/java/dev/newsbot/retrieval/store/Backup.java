package dev.newsbot.retrieval.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A copy of the index file made while it is in use: SQLite's VACUUM INTO, checked before it counts. */
final class Backup {

  private Backup() {}

  static void write(Path file, Path target) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException("there is no index at " + file.toAbsolutePath() + " to back up: run 'newsbot index'"
          + " first", null);
    }
    if (Files.exists(target)) {
      throw new StoreException(target.toAbsolutePath() + " exists already: back up into a new or empty folder,"
          + " a backup never overwrites one", null);
    }
    Path part = StoreFiles.sibling(target, ".part");
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Files.deleteIfExists(part);
      try (Connection c = StoreFiles.connect(file, StoreFiles.readOnly(file));
          PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
        ps.setString(1, part.toAbsolutePath().toString());
        ps.execute();
      }
      try (Connection copy = StoreFiles.connect(part, true)) {
        List<String> problems = Integrity.problems(copy, true);
        if (!problems.isEmpty()) {
          throw new StoreException("the copy of " + file + " fails SQLite's integrity_check (" + String.join("; ",
              problems) + "): the index itself may be damaged; run 'newsbot index --check'", null);
        }
      }
      Files.move(part, target);
    } catch (SQLException | IOException e) {
      String why = Integrity.isFull(e) ? "disk full (" + StoreFiles.freeSpace(target) + ")" : e.getMessage();
      throw new StoreException("cannot back up " + file + " to " + target.toAbsolutePath() + ": " + why, e);
    } finally {
      try {
        Files.deleteIfExists(part);
      } catch (IOException e) {
        // the copy failed already; a stray part file names itself
      }
    }
  }
}
