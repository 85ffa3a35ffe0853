package dev.newsbot.retrieval.index;

import dev.newsbot.retrieval.ingest.Paragraph;
import dev.newsbot.retrieval.ingest.ParagraphKind;
import dev.newsbot.retrieval.ingest.Whitespace;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the whole index into a {@link Corpus} inside one read transaction. */
final class CorpusLoader {

  private CorpusLoader() {}

  static Corpus load(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      String model = null;
      try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'embedding_model'")) {
        if (rs.next()) {
          model = rs.getString(1);
        }
      }
      Map<Long, int[]> counts = new HashMap<>();
      try (ResultSet rs = s.executeQuery("SELECT i.id, (SELECT count(*) FROM articles a WHERE a.issue_id = i.id),"
          + " (SELECT count(*) FROM chunks ch WHERE ch.issue_id = i.id) FROM issues i")) {
        while (rs.next()) {
          counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
        }
      }
      Map<Long, StoredIssue> issues = new HashMap<>();
      try (ResultSet rs = s.executeQuery(
          "SELECT id, file, sha256, paper, date, date_inferred, text FROM issues")) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String date = rs.getString(5);
          int[] n = counts.getOrDefault(id, new int[2]);
          issues.put(id, new StoredIssue(id, rs.getString(2), rs.getString(3), rs.getString(4),
              date == null ? null : LocalDate.parse(date), rs.getInt(6) == 1, rs.getString(7), n[0], n[1]));
        }
      }
      Map<Long, List<Paragraph>> paragraphs = new HashMap<>();
      try (ResultSet rs = s.executeQuery(
          "SELECT p.article_id, p.n, p.kind, p.start, p.end, a.issue_id FROM paragraphs p"
              + " JOIN articles a ON a.id = p.article_id ORDER BY p.article_id, p.n")) {
        while (rs.next()) {
          String text = issues.get(rs.getLong(6)).text();
          int start = rs.getInt(4);
          int end = rs.getInt(5);
          paragraphs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Paragraph(rs.getInt(2),
              ParagraphKind.valueOf(rs.getString(3)), start, end, Whitespace.normalize(text.substring(start, end))));
        }
      }
      Map<Long, StoredArticle> articleById = new HashMap<>();
      Map<Long, List<StoredArticle>> articles = new HashMap<>();
      try (ResultSet rs = s.executeQuery(
          "SELECT id, issue_id, ordinal, title, byline FROM articles ORDER BY issue_id, ordinal")) {
        while (rs.next()) {
          StoredArticle a = new StoredArticle(rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
              paragraphs.getOrDefault(rs.getLong(1), List.of()));
          articleById.put(rs.getLong(1), a);
          articles.computeIfAbsent(a.issueId(), k -> new ArrayList<>()).add(a);
        }
      }
      List<StoredChunk> chunks = new ArrayList<>();
      List<float[]> vectors = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(
          "SELECT c.id, c.issue_id, c.article_id, c.paragraph, c.start, c.end, c.text, v.vector FROM chunks c"
              + " JOIN vectors v ON v.chunk_id = c.id ORDER BY c.id")) {
        while (rs.next()) {
          chunks.add(new StoredChunk(chunks.size(), rs.getLong(1), issues.get(rs.getLong(2)),
              articleById.get(rs.getLong(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7)));
          vectors.add(unit(IndexStore.toFloats(rs.getBytes(8))));
        }
      }
      Map<String, Integer> termDocs = new HashMap<>();
      try (ResultSet rs = s.executeQuery("SELECT term, doc FROM chunk_vocab")) {
        while (rs.next()) {
          termDocs.put(rs.getString(1), rs.getInt(2));
        }
      }
      return new Corpus(new ArrayList<>(issues.values()), articles, chunks, vectors.toArray(new float[0][]),
          termDocs, model);
    } finally {
      c.commit();
      c.setAutoCommit(true);
    }
  }

  private static float[] unit(float[] v) {
    double sum = 0;
    for (float f : v) {
      sum += f * f;
    }
    double norm = Math.sqrt(sum);
    if (norm > 0) {
      for (int k = 0; k < v.length; k++) {
        v[k] /= (float) norm;
      }
    }
    return v;
  }
}
