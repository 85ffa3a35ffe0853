package dev.newsbot.bot.follow;

import dev.newsbot.bot.feedback.BotDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who follows which topic, and the journal of the alerts owed to them, in {@code bot.db}. An
 * alert is written once per chat and article (a unique key on the article's headline and issue
 * date, and one on its quoted sentence, so a corrected edition or a reprint is no new alert),
 * pending until it is sent; a restart sends what is pending, nothing twice. Chat ids are kept in
 * the clear because alerts must reach them; a chat that unfollows everything or blocks the bot
 * leaves no row.
 */
public final class FollowStore implements AutoCloseable {

  private static final String[] SCHEMA = {
      """
      CREATE TABLE IF NOT EXISTS follows(
        chat_id INTEGER NOT NULL, topic TEXT NOT NULL, topic_key TEXT NOT NULL, language TEXT NOT NULL,
        created TEXT NOT NULL, PRIMARY KEY(chat_id, topic_key))""",
      """
      CREATE TABLE IF NOT EXISTS alerts(
        id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL, topic TEXT NOT NULL,
        article_key TEXT NOT NULL, quote_key TEXT NOT NULL, payload TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')), created TEXT NOT NULL, sent TEXT,
        UNIQUE(chat_id, article_key), UNIQUE(chat_id, quote_key))""",
      "CREATE INDEX IF NOT EXISTS alerts_pending ON alerts(state, id)",
      // issues whose alerts were planned, by content hash; the row '' marks the first look, when
      // the issues already indexed are taken as seen, so a new deployment alerts nobody of old news
      "CREATE TABLE IF NOT EXISTS alert_issues(sha256 TEXT PRIMARY KEY, issue TEXT NOT NULL, planned TEXT NOT NULL)"
  };

  /** What {@link #follow} did. */
  public enum Followed { ADDED, ALREADY, LIMIT, EMPTY }

  /** One topic of one chat. */
  public record Follow(long chatId, String topic, String language) {}

  /** An alert waiting to be sent: {@code payload} is what the sender renders. */
  public record Pending(long id, long chatId, String topic, String payload) {}

  /** Counts for /stats. */
  public record Counts(int followers, int topics, int alertsSent, int alertsPending) {}

  private final Connection db;
  private final Clock clock;

  private FollowStore(Connection db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Opens (creating if needed) the tables in {@code <dataDir>/bot.db}. */
  public static FollowStore open(Path dataDir, Clock clock) {
    return new FollowStore(BotDatabase.open(dataDir, SCHEMA), clock);
  }

  /** Adds {@code topic} to a chat's topics unless it has {@code max} already. */
  public synchronized Followed follow(long chatId, String topic, String language, int max) {
    String key = Topics.key(topic);
    if (key.isEmpty()) {
      return Followed.EMPTY;
    }
    return write(() -> {
      List<Follow> topics = topics(chatId);
      if (topics.stream().anyMatch(f -> Topics.key(f.topic()).equals(key))) {
        return Followed.ALREADY;
      }
      if (topics.size() >= max) {
        return Followed.LIMIT;
      }
      try (PreparedStatement ins = db.prepareStatement(
          "INSERT INTO follows(chat_id, topic, topic_key, language, created) VALUES (?, ?, ?, ?, ?)")) {
        ins.setLong(1, chatId);
        ins.setString(2, topic.strip());
        ins.setString(3, key);
        ins.setString(4, language);
        ins.setString(5, clock.instant().toString());
        ins.executeUpdate();
      }
      return Followed.ADDED;
    });
  }

  /** Removes a chat's topic; false when it did not follow it. */
  public synchronized boolean unfollow(long chatId, String topic) {
    return write(() -> {
      try (PreparedStatement del = db.prepareStatement("DELETE FROM follows WHERE chat_id = ? AND topic_key = ?")) {
        del.setLong(1, chatId);
        del.setString(2, Topics.key(topic));
        return del.executeUpdate() > 0;
      }
    });
  }

  /** A chat's topics, oldest first. */
  public synchronized List<Follow> topics(long chatId) {
    return read("SELECT chat_id, topic, language FROM follows WHERE chat_id = ? ORDER BY rowid", chatId);
  }

  /** Every chat's topics, grouped by topic (its key), for planning the alerts of a new issue. */
  public synchronized Map<String, List<Follow>> byTopic() {
    Map<String, List<Follow>> out = new LinkedHashMap<>();
    for (Follow f : read("SELECT chat_id, topic, language FROM follows ORDER BY topic_key, rowid", null)) {
      out.computeIfAbsent(Topics.key(f.topic()), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  /**
   * Journals an alert for a chat; false when that chat was sent (or owes) an alert of the same
   * article or the same quoted sentence already.
   */
  public synchronized boolean owe(long chatId, String topic, String articleKey, String quoteKey, String payload) {
    return write(() -> {
      try (PreparedStatement ins = db.prepareStatement("INSERT OR IGNORE INTO alerts(chat_id, topic, article_key, "
          + "quote_key, payload, state, created) VALUES (?, ?, ?, ?, ?, 'pending', ?)")) {
        ins.setLong(1, chatId);
        ins.setString(2, topic);
        ins.setString(3, articleKey);
        ins.setString(4, quoteKey);
        ins.setString(5, payload);
        ins.setString(6, clock.instant().toString());
        return ins.executeUpdate() > 0;
      }
    });
  }

  /** Alerts not yet sent, oldest first, at most {@code limit}. */
  public synchronized List<Pending> pending(int limit) {
    try (PreparedStatement q = db.prepareStatement(
        "SELECT id, chat_id, topic, payload FROM alerts WHERE state = 'pending' ORDER BY id LIMIT ?")) {
      q.setInt(1, limit);
      List<Pending> out = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Marks an alert sent. */
  public synchronized void sent(long alertId) {
    write(() -> {
      try (PreparedStatement up = db.prepareStatement("UPDATE alerts SET state = 'sent', sent = ? WHERE id = ?")) {
        up.setString(1, clock.instant().toString());
        up.setLong(2, alertId);
        return up.executeUpdate();
      }
    });
  }

  /** Marks an alert that Telegram refused for good: kept for the record, not sent again. */
  public synchronized void failed(long alertId) {
    write(() -> {
      try (PreparedStatement up = db.prepareStatement("UPDATE alerts SET state = 'failed', sent = ? WHERE id = ?")) {
        up.setString(1, clock.instant().toString());
        up.setLong(2, alertId);
        return up.executeUpdate();
      }
    });
  }

  /** Forgets a chat that blocked the bot: its topics and the alerts it still owed. */
  public synchronized void drop(long chatId) {
    write(() -> {
      try (PreparedStatement a = db.prepareStatement("DELETE FROM follows WHERE chat_id = ?");
          PreparedStatement b = db.prepareStatement("DELETE FROM alerts WHERE chat_id = ? AND state = 'pending'")) {
        a.setLong(1, chatId);
        b.setLong(1, chatId);
        return a.executeUpdate() + b.executeUpdate();
      }
    });
  }

  /** True once the issues indexed at the first look were taken as seen. */
  public synchronized boolean looked() {
    return !plannedHashes().isEmpty();
  }

  /** Content hashes of the issues whose alerts were planned. */
  public synchronized java.util.Set<String> plannedHashes() {
    try (PreparedStatement q = db.prepareStatement("SELECT sha256 FROM alert_issues"); ResultSet rs = q.executeQuery()) {
      java.util.Set<String> out = new java.util.HashSet<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Records issues (file name by content hash) as planned; the first call also marks the first look. */
  public synchronized void planned(Map<String, String> issueByHash) {
    write(() -> {
      try (PreparedStatement ins = db.prepareStatement(
          "INSERT OR IGNORE INTO alert_issues(sha256, issue, planned) VALUES (?, ?, ?)")) {
        Map<String, String> rows = new LinkedHashMap<>(issueByHash);
        rows.putIfAbsent("", "");
        for (Map.Entry<String, String> e : rows.entrySet()) {
          ins.setString(1, e.getKey());
          ins.setString(2, e.getValue());
          ins.setString(3, clock.instant().toString());
          ins.addBatch();
        }
        return ins.executeBatch().length;
      }
    });
  }

  /** Followers (chats with a topic), topics followed, alerts sent and pending. */
  public synchronized Counts counts() {
    try (PreparedStatement q = db.prepareStatement("SELECT (SELECT COUNT(DISTINCT chat_id) FROM follows), "
        + "(SELECT COUNT(DISTINCT topic_key) FROM follows), (SELECT COUNT(*) FROM alerts WHERE state = 'sent'), "
        + "(SELECT COUNT(*) FROM alerts WHERE state = 'pending')"); ResultSet rs = q.executeQuery()) {
      rs.next();
      return new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private List<Follow> read(String sql, Long chatId) {
    try (PreparedStatement q = db.prepareStatement(sql)) {
      if (chatId != null) {
        q.setLong(1, chatId);
      }
      List<Follow> out = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(new Follow(rs.getLong(1), rs.getString(2), rs.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T write(Work<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static IllegalStateException failed(SQLException e) {
    return new IllegalStateException("the follow journal in " + BotDatabase.FILE_NAME + " failed: " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw failed(e);
    }
  }
}
