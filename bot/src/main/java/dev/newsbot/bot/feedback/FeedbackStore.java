package dev.newsbot.bot.feedback;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The bot's own SQLite file ({@code <dataDir>/bot.db}): every answer it sent (so that buttons
 * need carry only a number) and the 👍/👎 readers gave. Readers are known only by a salted
 * SHA-256 hash of their user id; the salt is made once per file and never leaves it.
 * Thread-safe.
 */
public final class FeedbackStore implements AutoCloseable {

  /** The file under the data folder. */
  public static final String FILE_NAME = BotDatabase.FILE_NAME;

  private static final String[] SCHEMA = {
      "CREATE TABLE IF NOT EXISTS bot_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      """
      CREATE TABLE IF NOT EXISTS answers(
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_id INTEGER NOT NULL,
        message_id INTEGER,
        user_hash TEXT NOT NULL,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        language TEXT NOT NULL,
        abstained INTEGER NOT NULL,
        citations TEXT NOT NULL,
        answered_at TEXT NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS feedback(
        answer_id INTEGER NOT NULL REFERENCES answers(id),
        user_hash TEXT NOT NULL,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        voted_at TEXT NOT NULL,
        PRIMARY KEY (answer_id, user_hash))"""
  };

  private final Connection db;
  private final Clock clock;
  private final byte[] salt;

  private FeedbackStore(Connection db, Clock clock) throws SQLException {
    this.db = db;
    this.clock = clock;
    this.salt = HexFormat.of().parseHex(saltHex());
  }

  /** Opens (creating if needed) {@code <dataDir>/bot.db}. */
  public static FeedbackStore open(Path dataDir) {
    return open(dataDir, Clock.systemUTC());
  }

  /** Opens the store with the clock that stamps answers and votes. */
  public static FeedbackStore open(Path dataDir, Clock clock) {
    Connection c = BotDatabase.open(dataDir, SCHEMA);
    try {
      return new FeedbackStore(c, clock);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + dataDir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
    }
  }

  private String saltHex() throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT value FROM bot_meta WHERE key = 'user_salt'");
        ResultSet rs = q.executeQuery()) {
      if (rs.next()) {
        return rs.getString(1);
      }
    }
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    try (PreparedStatement ins = db.prepareStatement(
        "INSERT OR IGNORE INTO bot_meta(key, value) VALUES ('user_salt', ?)")) {
      ins.setString(1, HexFormat.of().formatHex(fresh));
      ins.executeUpdate();
    }
    return saltHex();
  }

  /** The salted SHA-256 of a user id, hex: how the store knows readers. */
  public String userHash(long userId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(Long.toString(userId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Keeps an answer about to be sent to {@code chatId}, with {@code text}, the reply's words
   * without its sources; returns its number for the buttons.
   */
  public synchronized long recordAnswer(long chatId, long userId, Answer answer, String text) {
    String sql = "INSERT INTO answers(chat_id, user_hash, question, answer, language, abstained, citations, "
        + "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ins = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      ins.setLong(1, chatId);
      ins.setString(2, userHash(userId));
      ins.setString(3, answer.question());
      ins.setString(4, text);
      ins.setString(5, answer.language().name());
      ins.setInt(6, answer.abstained() ? 1 : 0);
      ins.setString(7, CitationJson.write(answer.citations()));
      ins.setString(8, Instant.now(clock).toString());
      ins.executeUpdate();
      try (ResultSet keys = ins.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("keep an answer", e);
    }
  }

  /** Notes which message carries the answer's buttons, so that buttons on other messages are refused. */
  public synchronized void attachMessage(long answerId, int messageId) {
    try (PreparedStatement up = db.prepareStatement("UPDATE answers SET message_id = ? WHERE id = ?")) {
      up.setInt(1, messageId);
      up.setLong(2, answerId);
      up.executeUpdate();
    } catch (SQLException e) {
      throw failure("note the message of answer " + answerId, e);
    }
  }

  /** The answer with that number, if there is one. */
  public synchronized Optional<SentAnswer> answer(long answerId) {
    String sql = "SELECT id, chat_id, message_id, user_hash, question, answer, language, abstained, citations, "
        + "answered_at FROM answers WHERE id = ?";
    try (PreparedStatement q = db.prepareStatement(sql)) {
      q.setLong(1, answerId);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        int messageId = rs.getInt(3);
        Integer message = rs.wasNull() ? null : messageId;
        return Optional.of(new SentAnswer(rs.getLong(1), rs.getLong(2), message, rs.getString(4), rs.getString(5),
            rs.getString(6), Language.valueOf(rs.getString(7)), rs.getInt(8) == 1, CitationJson.read(rs.getString(9)),
            Instant.parse(rs.getString(10))));
      }
    } catch (SQLException e) {
      throw failure("read answer " + answerId, e);
    }
  }

  /** Records (or changes) one reader's vote on an answer; false when no such answer exists. */
  public synchronized boolean recordVote(long answerId, long userId, Vote vote) {
    String sql = "INSERT INTO feedback(answer_id, user_hash, vote, voted_at) SELECT id, ?, ?, ? FROM answers "
        + "WHERE id = ? ON CONFLICT(answer_id, user_hash) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at";
    try (PreparedStatement ins = db.prepareStatement(sql)) {
      ins.setString(1, userHash(userId));
      ins.setString(2, vote.key());
      ins.setString(3, Instant.now(clock).toString());
      ins.setLong(4, answerId);
      return ins.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("record a vote on answer " + answerId, e);
    }
  }

  /** Totals for an admin's overview. */
  public synchronized FeedbackCounts counts() {
    String sql = "SELECT (SELECT count(*) FROM answers), (SELECT count(*) FROM answers WHERE abstained = 1), "
        + "(SELECT count(*) FROM feedback WHERE vote = 'up'), (SELECT count(*) FROM feedback WHERE vote = 'down')";
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return new FeedbackCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
    } catch (SQLException e) {
      throw failure("count feedback", e);
    }
  }

  /**
   * Writes every vote as one JSON line, oldest first: {@code answer_id, vote ("up"/"down"),
   * voted_at, user (salted hash), question, answer, language, abstained, answered_at, citations
   * [{n, issue, paper, date, date_inferred, title, paragraph, start, end, quote}]}.
   *
   * @return the number of lines written
   */
  public int exportJsonLines(Writer out) throws IOException {
    String sql = "SELECT f.answer_id, f.vote, f.voted_at, f.user_hash, a.question, a.answer, a.language, a.abstained, "
        + "a.answered_at, a.citations FROM feedback f JOIN answers a ON a.id = f.answer_id ORDER BY f.voted_at, "
        + "f.answer_id, f.user_hash";
    int lines = 0;
    synchronized (this) {
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          ObjectNode o = CitationJson.MAPPER.createObjectNode();
          o.put("answer_id", rs.getLong(1));
          o.put("vote", rs.getString(2));
          o.put("voted_at", rs.getString(3));
          o.put("user", rs.getString(4));
          o.put("question", rs.getString(5));
          o.put("answer", rs.getString(6));
          o.put("language", rs.getString(7).toLowerCase(java.util.Locale.ROOT));
          o.put("abstained", rs.getInt(8) == 1);
          o.put("answered_at", rs.getString(9));
          o.set("citations", CitationJson.toJson(CitationJson.read(rs.getString(10))));
          out.write(CitationJson.MAPPER.writeValueAsString(o));
          out.write('\n');
          lines++;
        }
      } catch (SQLException e) {
        throw failure("export feedback", e);
      }
    }
    out.flush();
    return lines;
  }

  private static UncheckedIOException failure(String what, SQLException e) {
    return new UncheckedIOException(new IOException("cannot " + what + " in " + FILE_NAME + ": " + e.getMessage(), e));
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      // closing twice or after a failed open: nothing left to release
    }
  }
}
