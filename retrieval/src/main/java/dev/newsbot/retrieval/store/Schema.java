package dev.newsbot.retrieval.store;

import java.util.List;

/** The tables of the index file. Deleting an issue cascades to everything parsed from it. */
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
}
