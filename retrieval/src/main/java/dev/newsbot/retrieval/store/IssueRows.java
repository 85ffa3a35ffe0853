package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.ingest.Article;
import dev.newsbot.retrieval.ingest.Chunk;
import dev.newsbot.retrieval.ingest.Paragraph;
import dev.newsbot.retrieval.ingest.PassageText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one issue in the store (issue, articles, paragraphs, passages, vectors, FTS5 terms),
 * written and deleted inside the caller's transaction on the writer connection.
 */
final class IssueRows {

  private final Connection writer;

  IssueRows(Connection writer) {
    this.writer = writer;
  }

  /**
   * Deletes an issue and everything parsed from it; returns the ids of its passages. The first
   * statement writes, so the transaction holds the write lock before it reads anything.
   */
  List<Long> delete(String file) throws SQLException {
    String passages = "SELECT c.id FROM chunks c JOIN issues i ON c.issue_id = i.id WHERE i.file = ?";
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement fts = writer.prepareStatement("DELETE FROM chunk_fts WHERE rowid IN (" + passages + ")");
        PreparedStatement select = writer.prepareStatement(passages);
        PreparedStatement del = writer.prepareStatement("DELETE FROM issues WHERE file = ?")) {
      fts.setString(1, file);
      fts.executeUpdate();
      select.setString(1, file);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      del.setString(1, file);
      del.executeUpdate();
    }
    return ids;
  }

  /** Inserts an issue and everything parsed from it; returns its passages' ids with their lexical terms. */
  Map<Long, String> insert(IssueWrite w) throws SQLException {
    Map<Long, String> added = new LinkedHashMap<>();
    var issue = w.issue();
    long issueId;
    try (PreparedStatement ps = writer.prepareStatement(
        "INSERT INTO issues(file, sha256, paper, date, date_inferred, text, indexed_at) VALUES (?,?,?,?,?,?,?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, issue.file());
      ps.setString(2, w.sha256());
      ps.setString(3, issue.meta().paper());
      ps.setString(4, issue.meta().date() == null ? null : issue.meta().date().toString());
      ps.setInt(5, issue.meta().dateInferred() ? 1 : 0);
      ps.setString(6, issue.text());
      ps.setLong(7, System.currentTimeMillis());
      ps.executeUpdate();
      issueId = generatedKey(ps);
    }
    Map<Integer, Long> articleIds = new HashMap<>();
    try (PreparedStatement art = writer.prepareStatement(
            "INSERT INTO articles(issue_id, ordinal, title, byline, start, end, authors, continuation)"
                + " VALUES (?,?,?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS);
        PreparedStatement par = writer.prepareStatement(
            "INSERT INTO paragraphs(article_id, n, kind, start, end, page) VALUES (?,?,?,?,?,?)")) {
      for (Article a : issue.articles()) {
        art.setLong(1, issueId);
        art.setInt(2, a.ordinal());
        art.setString(3, a.title());
        art.setString(4, a.byline());
        art.setInt(5, a.start());
        art.setInt(6, a.end());
        art.setString(7, Schema.authors(a.authors()));
        art.setInt(8, a.continuation() ? 1 : 0);
        art.executeUpdate();
        long articleId = generatedKey(art);
        articleIds.put(a.ordinal(), articleId);
        for (Paragraph p : a.paragraphs()) {
          par.setLong(1, articleId);
          par.setInt(2, p.n());
          par.setString(3, p.kind().name());
          par.setInt(4, p.start());
          par.setInt(5, p.end());
          par.setInt(6, p.page());
          par.addBatch();
        }
      }
      par.executeBatch();
    }
    try (PreparedStatement ch = writer.prepareStatement(
            "INSERT INTO chunks(issue_id, article_id, paragraph, start, end, text, embed_text) VALUES (?,?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS);
        PreparedStatement vec = writer.prepareStatement("INSERT INTO vectors(chunk_id, vector) VALUES (?,?)");
        PreparedStatement fts = writer.prepareStatement("INSERT INTO chunk_fts(rowid, terms) VALUES (?,?)")) {
      for (int k = 0; k < w.chunks().size(); k++) {
        Chunk c = w.chunks().get(k);
        ch.setLong(1, issueId);
        ch.setLong(2, articleIds.get(c.article()));
        ch.setInt(3, c.paragraph());
        ch.setInt(4, c.start());
        ch.setInt(5, c.end());
        ch.setString(6, c.text());
        ch.setString(7, PassageText.forEmbedding(issue.articles().get(c.article() - 1).title(), c.text()));
        ch.executeUpdate();
        long chunkId = generatedKey(ch);
        vec.setLong(1, chunkId);
        vec.setBytes(2, StoredVectors.toBytes(w.vectors().get(k)));
        vec.addBatch();
        fts.setLong(1, chunkId);
        fts.setString(2, w.terms().get(k));
        fts.addBatch();
        added.put(chunkId, w.terms().get(k));
      }
      vec.executeBatch();
      fts.executeBatch();
    }
    return added;
  }

  private static long generatedKey(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
