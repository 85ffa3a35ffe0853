package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.ingest.Author;
import java.util.ArrayList;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.text.Tokenizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the index file, and how an older file is brought up to them. Deleting an issue
 * cascades to everything parsed from it.
 */
final class Schema {

  private Schema() {}

  static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      """
      CREATE TABLE IF NOT EXISTS issues(
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        paper TEXT NOT NULL,
        date TEXT,
        date_inferred INTEGER NOT NULL,
        text TEXT NOT NULL,
        indexed_at INTEGER NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS articles(
        id INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        title TEXT NOT NULL,
        byline TEXT NOT NULL,
        authors TEXT NOT NULL DEFAULT '',
        continuation INTEGER NOT NULL DEFAULT 0,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL)""",
      "CREATE INDEX IF NOT EXISTS articles_issue ON articles(issue_id)",
      """
      CREATE TABLE IF NOT EXISTS paragraphs(
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        page INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY(article_id, n))""",
      """
      CREATE TABLE IF NOT EXISTS chunks(
        id INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        embed_text TEXT NOT NULL)""",
      "CREATE INDEX IF NOT EXISTS chunks_issue ON chunks(issue_id)",
      """
      CREATE TABLE IF NOT EXISTS vectors(
        chunk_id INTEGER PRIMARY KEY REFERENCES chunks(id) ON DELETE CASCADE,
        vector BLOB NOT NULL)""",
      // The terms are stored: a delete must read them back to take their counts out of bm25's
      // totals (a contentless table kept counting removed passages).
      "CREATE VIRTUAL TABLE IF NOT EXISTS chunk_fts USING fts5(terms, tokenize='unicode61 remove_diacritics 0')",
      "CREATE VIRTUAL TABLE IF NOT EXISTS chunk_vocab USING fts5vocab(chunk_fts, row)");

  /**
   * What schema version 1 (before articles had authors and paragraphs pages) lacks. Its issues are
   * parsed again on the next indexing run (the parser's version is part of their content hash), so
   * the columns' defaults never answer a question for long.
   */
  static final List<String> FROM_VERSION_1 = List.of(
      "ALTER TABLE articles ADD COLUMN authors TEXT NOT NULL DEFAULT ''",
      "ALTER TABLE articles ADD COLUMN continuation INTEGER NOT NULL DEFAULT 0",
      "ALTER TABLE paragraphs ADD COLUMN page INTEGER NOT NULL DEFAULT 0");

  /** One author a line: role, unit, name and whether for a photo, tab-separated. */
  static String authors(List<Author> authors) {
    StringBuilder sb = new StringBuilder();
    for (var a : authors) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(a.role()).append('\t').append(a.unit()).append('\t').append(a.name()).append('\t')
          .append(a.photographer() ? 1 : 0);
    }
    return sb.toString();
  }

  static List<Author> authors(String stored) {
    List<Author> out = new ArrayList<>();
    for (String line : stored.split("\n")) {
      String[] f = line.split("\t", -1);
      if (f.length == 4) {
        out.add(new Author(f[0], f[1], f[2], f[3].equals("1")));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Creates the tables that are missing. An index written before the terms were stored has a
   * contentless FTS5 table: it is made again and refilled from the stored passages.
   */
  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      boolean contentless = isContentless(s);
      if (contentless) {
        s.execute("DROP TABLE IF EXISTS chunk_vocab");
        s.execute("DROP TABLE chunk_fts");
      }
      for (String ddl : DDL) {
        s.execute(ddl);
      }
      if (contentless) {
        refillLexicalIndex(c);
      }
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
}
