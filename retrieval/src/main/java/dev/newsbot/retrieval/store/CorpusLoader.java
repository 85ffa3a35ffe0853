package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.ingest.ParagraphKind;
import dev.newsbot.retrieval.vectors.ExactVectors;
import dev.newsbot.retrieval.vectors.QuantizedVectors;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the whole index into a {@link Corpus} inside one read transaction. Texts are held once,
 * per issue; paragraphs and passages are spans into them. Vectors are held exactly up to
 * {@link VectorIndex#EXACT_LIMIT} passages, quantised above.
 */
final class CorpusLoader {

  /** Vectors that set the mean for quantised sign bits. */
  private static final int MEAN_SAMPLE = 10_000;

  private CorpusLoader() {}

  static Corpus load(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      String model = scalar(s, "SELECT value FROM meta WHERE key = 'embedding_model'");
      Map<Long, int[]> counts = new HashMap<>();
      try (ResultSet rs = s.executeQuery("SELECT i.id, (SELECT count(*) FROM articles a WHERE a.issue_id = i.id),"
          + " (SELECT count(*) FROM chunks ch WHERE ch.issue_id = i.id) FROM issues i")) {
        while (rs.next()) {
          counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
        }
      }
      Map<Long, StoredIssue> issues = new HashMap<>();
      try (ResultSet rs = s.executeQuery("SELECT id, file, sha256, paper, date, date_inferred, text FROM issues")) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String date = rs.getString(5);
          int[] n = counts.getOrDefault(id, new int[2]);
          issues.put(id, new StoredIssue(id, rs.getString(2), rs.getString(3), rs.getString(4),
              date == null ? null : LocalDate.parse(date), rs.getInt(6) == 1, rs.getString(7), n[0], n[1]));
        }
      }
      Map<Long, List<StoredParagraph>> paragraphs = new HashMap<>();
      try (ResultSet rs = s.executeQuery(
          "SELECT article_id, n, kind, start, end, page FROM paragraphs ORDER BY article_id, n")) {
        while (rs.next()) {
          paragraphs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredParagraph(rs.getInt(2),
              ParagraphKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
        }
      }
      Map<Long, StoredArticle> articleById = new HashMap<>();
      Map<Long, List<StoredArticle>> articles = new HashMap<>();
      try (ResultSet rs = s.executeQuery(
          "SELECT id, issue_id, ordinal, title, byline, authors, continuation FROM articles ORDER BY issue_id, ordinal")) {
        while (rs.next()) {
          StoredArticle a = new StoredArticle(issues.get(rs.getLong(2)), rs.getInt(3), rs.getString(4), rs.getString(5),
              Schema.authors(rs.getString(6)), rs.getInt(7) == 1, paragraphs.getOrDefault(rs.getLong(1), List.of()));
          articleById.put(rs.getLong(1), a);
          articles.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(a);
        }
      }
      List<StoredChunk> chunks = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(
          "SELECT id, issue_id, article_id, paragraph, start, end FROM chunks ORDER BY id")) {
        while (rs.next()) {
          chunks.add(new StoredChunk(chunks.size(), rs.getLong(1), issues.get(rs.getLong(2)),
              articleById.get(rs.getLong(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
        }
      }
      VectorIndex vectors = vectors(s, chunks.size());
      Map<String, Integer> termDocs = new HashMap<>();
      try (ResultSet rs = s.executeQuery("SELECT term, doc FROM chunk_vocab")) {
        while (rs.next()) {
          termDocs.put(rs.getString(1), rs.getInt(2));
        }
      }
      return new Corpus(new ArrayList<>(issues.values()), articles, chunks, vectors, termDocs, model);
    } finally {
      c.commit();
      c.setAutoCommit(true);
    }
  }

  private static VectorIndex vectors(Statement s, int count) throws SQLException {
    String order = "SELECT vector FROM vectors ORDER BY chunk_id";
    if (count <= VectorIndex.EXACT_LIMIT) {
      List<float[]> all = new ArrayList<>(count);
      try (ResultSet rs = s.executeQuery(order)) {
        while (rs.next()) {
          all.add(VectorIndex.unit(StoredVectors.toFloats(rs.getBytes(1))));
        }
      }
      return new ExactVectors(all);
    }
    float[] mean = null;
    int sampled = 0;
    try (ResultSet rs = s.executeQuery(order + " LIMIT " + MEAN_SAMPLE)) {
      while (rs.next()) {
        float[] v = VectorIndex.unit(StoredVectors.toFloats(rs.getBytes(1)));
        mean = mean == null ? new float[v.length] : mean;
        for (int k = 0; k < v.length; k++) {
          mean[k] += v[k];
        }
        sampled++;
      }
    }
    for (int k = 0; k < mean.length; k++) {
      mean[k] /= sampled;
    }
    QuantizedVectors.Builder builder = new QuantizedVectors.Builder(mean.length, count, mean);
    try (ResultSet rs = s.executeQuery(order)) {
      while (rs.next()) {
        builder.add(VectorIndex.unit(StoredVectors.toFloats(rs.getBytes(1))));
      }
    }
    return builder.build();
  }

  private static String scalar(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
