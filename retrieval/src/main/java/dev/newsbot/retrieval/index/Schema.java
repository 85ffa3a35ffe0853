package dev.newsbot.retrieval.index;

import dev.newsbot.retrieval.ingest.Author;
import java.util.ArrayList;
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
}
