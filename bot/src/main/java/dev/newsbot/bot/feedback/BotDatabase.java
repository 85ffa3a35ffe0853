package dev.newsbot.bot.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The bot's own SQLite file, {@code <dataDir>/bot.db}: the feedback store and the Telegram update
 * journal keep their tables there, each on its own connection. Write-ahead logging lets them (and
 * readers) work side by side; every commit is synced to disk, so an answer or an update offset
 * that was written survives a power cut.
 */
public final class BotDatabase {

  /** The file under the data folder. */
  public static final String FILE_NAME = "bot.db";

  private BotDatabase() {}

  /**
   * A new connection to the file (created with its folder if needed) after running {@code schema}
   * ("CREATE TABLE IF NOT EXISTS …" statements). The message of the exception says how to fix an
   * unwritable data folder.
   */
  public static Connection open(Path dataDir, String... schema) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDir);
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout=10000");
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA foreign_keys=ON");
        for (String ddl : schema) {
          s.execute(ddl);
        }
      }
      return c;
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot open " + file + ": " + e.getMessage()
          + ". The bot needs to write this folder (bot.state-dir, which is data.dir unless set): make it writable,"
          + " or, to serve a read-only data folder, set bot.state-dir to a writable one.", e);
    }
  }
}
