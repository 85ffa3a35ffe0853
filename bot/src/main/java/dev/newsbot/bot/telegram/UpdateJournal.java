package dev.newsbot.bot.telegram;

import dev.newsbot.bot.feedback.BotDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes polling survive restarts, in {@code bot.db}: every update is written here (and the
 * offset advanced) before it is handled, and removed once handled. On start the bot resumes
 * getUpdates after the last update written, so nothing is answered twice, and handles what a
 * crash left unfinished, so nothing is lost. An update id already written is refused.
 */
final class UpdateJournal implements AutoCloseable {

  /** Telegram numbers updates afresh after a week without any; an older offset means nothing. */
  static final Duration OFFSET_LIFETIME = Duration.ofDays(6);
  /** An update that failed this many times is dropped rather than tried forever. */
  static final int MAX_ATTEMPTS = 3;

  private static final String[] SCHEMA = {
      "CREATE TABLE IF NOT EXISTS polling_state(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS seen_updates(update_id INTEGER PRIMARY KEY, seen_at TEXT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS update_inbox(update_id INTEGER PRIMARY KEY, body TEXT NOT NULL, "
          + "attempts INTEGER NOT NULL DEFAULT 0)"
  };

  /** An update written but not yet handled. */
  record Pending(int updateId, String json, int attempts) {}

  private final Connection db;
  private final Clock clock;
  private int acceptedSincePrune;

  private UpdateJournal(Connection db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  static UpdateJournal open(Path dataDir, Clock clock) {
    Connection c = BotDatabase.open(dataDir, SCHEMA);
    try {
      prune(c, clock);
      return new UpdateJournal(c, clock);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + dataDir.resolve(BotDatabase.FILE_NAME) + ": " + e.getMessage(),
          e);
    }
  }

  /** Forgets update ids older than Telegram could send again. */
  private static void prune(Connection c, Clock clock) throws SQLException {
    try (PreparedStatement prune = c.prepareStatement("DELETE FROM seen_updates WHERE seen_at < ?")) {
      prune.setString(1, clock.instant().minus(OFFSET_LIFETIME.plusDays(1)).toString());
      prune.executeUpdate();
    }
  }

  /** The update id to resume after, or 0 when none was written within {@link #OFFSET_LIFETIME}. */
  synchronized int lastUpdateId() {
    try (PreparedStatement q = db.prepareStatement(
        "SELECT (SELECT value FROM polling_state WHERE key = 'last_update_id'), "
            + "(SELECT value FROM polling_state WHERE key = 'last_update_at')");
        ResultSet rs = q.executeQuery()) {
      if (!rs.next() || rs.getString(1) == null || rs.getString(2) == null) {
        return 0;
      }
      boolean fresh = Instant.parse(rs.getString(2)).isAfter(clock.instant().minus(OFFSET_LIFETIME));
      return fresh ? Integer.parseInt(rs.getString(1)) : 0;
    } catch (SQLException e) {
      throw failure("read the update offset", e);
    }
  }

  /**
   * Writes an update and advances the offset past it, in one commit.
   *
   * @return false when this update id was written before (a duplicate delivery)
   */
  synchronized boolean accept(int updateId, String json) {
    String now = clock.instant().toString();
    try {
      db.setAutoCommit(false);
      try (PreparedStatement seen = db.prepareStatement(
          "INSERT OR IGNORE INTO seen_updates(update_id, seen_at) VALUES (?, ?)")) {
        seen.setInt(1, updateId);
        seen.setString(2, now);
        if (seen.executeUpdate() == 0) {
          db.rollback();
          return false;
        }
      }
      try (PreparedStatement inbox = db.prepareStatement("INSERT INTO update_inbox(update_id, body) VALUES (?, ?)");
          PreparedStatement state = db.prepareStatement(
              "INSERT INTO polling_state(key, value) VALUES ('last_update_id', ?), ('last_update_at', ?) "
                  + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
        inbox.setInt(1, updateId);
        inbox.setString(2, json);
        inbox.executeUpdate();
        state.setString(1, Integer.toString(updateId));
        state.setString(2, now);
        state.executeUpdate();
      }
      db.commit();
      if (++acceptedSincePrune >= 1000) {
        acceptedSincePrune = 0;
        pruneQuietly();
      }
      return true;
    } catch (SQLException e) {
      rollbackQuietly();
      throw failure("write update " + updateId, e);
    } finally {
      autoCommitQuietly();
    }
  }

  /** The update was handled (or given up): it will not be handled again after a restart. */
  synchronized void done(int updateId) {
    try (PreparedStatement del = db.prepareStatement("DELETE FROM update_inbox WHERE update_id = ?")) {
      del.setInt(1, updateId);
      del.executeUpdate();
    } catch (SQLException e) {
      throw failure("mark update " + updateId + " handled", e);
    }
  }

  /**
   * Updates written but not handled when the bot last stopped, oldest first, each counted as one
   * more attempt; those tried {@link #MAX_ATTEMPTS} times already are dropped.
   */
  synchronized List<Pending> takeUnfinished() {
    List<Pending> out = new ArrayList<>();
    try (Statement s = db.createStatement()) {
      s.executeUpdate("DELETE FROM update_inbox WHERE attempts >= " + MAX_ATTEMPTS);
      s.executeUpdate("UPDATE update_inbox SET attempts = attempts + 1");
      try (ResultSet rs = s.executeQuery("SELECT update_id, body, attempts FROM update_inbox ORDER BY update_id")) {
        while (rs.next()) {
          out.add(new Pending(rs.getInt(1), rs.getString(2), rs.getInt(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read unfinished updates", e);
    }
  }

  private void pruneQuietly() {
    try {
      prune(db, clock);
    } catch (SQLException ignored) {
      // pruning is housekeeping; the next start prunes again
    }
  }

  private void rollbackQuietly() {
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // the commit failed; nothing was written
    }
  }

  private void autoCommitQuietly() {
    try {
      db.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the connection is broken; the next call reports it
    }
  }

  private static UncheckedIOException failure(String what, SQLException e) {
    return new UncheckedIOException(new IOException("cannot " + what + " in bot.db: " + e.getMessage(), e));
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException ignored) {
      // already closed
    }
  }
}
