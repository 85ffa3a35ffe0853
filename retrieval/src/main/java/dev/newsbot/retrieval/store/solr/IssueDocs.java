package dev.newsbot.retrieval.store.solr;

import dev.newsbot.retrieval.ingest.Article;
import dev.newsbot.retrieval.ingest.Author;
import dev.newsbot.retrieval.ingest.Chunk;
import dev.newsbot.retrieval.ingest.Paragraph;
import dev.newsbot.retrieval.ingest.ParagraphKind;
import dev.newsbot.retrieval.ingest.ParsedIssue;
import dev.newsbot.retrieval.ingest.PassageText;
import dev.newsbot.retrieval.store.IssueWrite;
import dev.newsbot.retrieval.store.StoredArticle;
import dev.newsbot.retrieval.store.StoredIssue;
import dev.newsbot.retrieval.store.StoredParagraph;
import dev.newsbot.retrieval.store.StoredVectors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * The documents of one issue version: one issue document (text, metadata, its articles each
 * encoded in one stored string) and one document per passage. Ids carry the version, so a new
 * version never overwrites the one that answers.
 */
final class IssueDocs {

  /** Separates an article's fields, its paragraphs and its authors; none occurs in a parsed text field. */
  private static final char FIELD = '\u001f';
  private static final char ITEM = '\u001e';
  private static final char PART = '\u001d';

  private IssueDocs() {}

  static String issueId(long vid) {
    return "i" + vid;
  }

  static String passageId(long vid, long chunkId) {
    return "p" + vid + "-" + chunkId;
  }

  /** Every article's chunk names an article of the issue: checked before anything is written. */
  static void check(IssueWrite w) {
    int articles = w.issue().articles().size();
    for (Chunk c : w.chunks()) {
      if (c.article() < 1 || c.article() > articles) {
        throw new IllegalArgumentException(w.issue().file() + ": a passage names article " + c.article() + " of "
            + articles);
      }
    }
  }

  static SolrInputDocument issue(IssueWrite w, long vid) {
    ParsedIssue issue = w.issue();
    SolrInputDocument d = new SolrInputDocument();
    d.setField("id", issueId(vid));
    d.setField("type", "issue");
    d.setField("vid", vid);
    d.setField("file", issue.file());
    d.setField("paper", issue.meta().paper());
    if (issue.meta().date() != null) {
      d.setField("date", issue.meta().date().toString());
    }
    d.setField("date_inferred", issue.meta().dateInferred());
    d.setField("sha256", w.sha256());
    d.setField("text", issue.text());
    List<String> articles = new ArrayList<>();
    for (Article a : issue.articles()) {
      articles.add(encode(a));
    }
    d.setField("articles", articles);
    d.setField("article_count", issue.articles().size());
    d.setField("chunk_count", w.chunks().size());
    return d;
  }

  /** The {@code k}th passage of {@code w} with its id, the vector field filled when it has the collection's dimension. */
  static SolrInputDocument passage(IssueWrite w, int k, long vid, long chunkId, int dimension) {
    ParsedIssue issue = w.issue();
    Chunk c = w.chunks().get(k);
    Article a = issue.articles().get(c.article() - 1);
    SolrInputDocument d = new SolrInputDocument();
    d.setField("id", passageId(vid, chunkId));
    d.setField("type", "passage");
    d.setField("vid", vid);
    d.setField("chunk_id", chunkId);
    d.setField("file", issue.file());
    d.setField("paper", issue.meta().paper());
    if (issue.meta().date() != null) {
      d.setField("date", issue.meta().date().toString());
    }
    d.setField("article", c.article());
    d.setField("paragraph", c.paragraph());
    d.setField("page", pageOf(a, c.paragraph()));
    d.setField("start", c.start());
    d.setField("end", c.end());
    d.setField("authors", a.authors().stream().map(Author::signedName).toList());
    d.setField("terms", w.terms().get(k));
    d.setField("embed_text", PassageText.forEmbedding(a.title(), c.text()));
    setVector(d, w.vectors().get(k), dimension);
    return d;
  }

  /** Sets the stored bytes of {@code v} and, when it has the collection's dimension and a length, its HNSW field. */
  static void setVector(SolrInputDocument d, float[] v, int dimension) {
    d.setField("vector_bytes", StoredVectors.toBytes(v));
    boolean zero = true;
    for (float f : v) {
      zero &= f == 0;
    }
    if (v.length == dimension && !zero) {
      List<Float> floats = new ArrayList<>(v.length);
      for (float f : v) {
        floats.add(f);
      }
      d.setField("vector", floats);
    } else {
      d.removeField("vector");
    }
  }

  private static int pageOf(Article a, int paragraph) {
    for (Paragraph p : a.paragraphs()) {
      if (p.n() == paragraph) {
        return p.page();
      }
    }
    return 0;
  }

  static StoredIssue readIssue(SolrDocument d) {
    Object date = d.getFirstValue("date");
    return new StoredIssue(((Number) d.getFirstValue("vid")).longValue(), (String) d.getFirstValue("file"),
        (String) d.getFirstValue("sha256"), (String) d.getFirstValue("paper"),
        date == null ? null : LocalDate.parse((String) date), Boolean.TRUE.equals(d.getFirstValue("date_inferred")),
        (String) d.getFirstValue("text"), ((Number) d.getFirstValue("article_count")).intValue(),
        ((Number) d.getFirstValue("chunk_count")).intValue());
  }

  /** The articles of an issue document, in order. */
  static List<StoredArticle> readArticles(SolrDocument d, StoredIssue issue) {
    List<StoredArticle> out = new ArrayList<>();
    var stored = d.getFieldValues("articles");
    if (stored != null) {
      for (Object o : stored) {
        out.add(decode((String) o, issue));
      }
    }
    return out;
  }

  private static String encode(Article a) {
    StringBuilder sb = new StringBuilder();
    sb.append(a.ordinal()).append(FIELD).append(a.title()).append(FIELD).append(a.byline()).append(FIELD)
        .append(a.continuation() ? 1 : 0).append(FIELD);
    for (Author au : a.authors()) {
      sb.append(au.role()).append(PART).append(au.unit()).append(PART).append(au.name()).append(PART)
          .append(au.photographer() ? 1 : 0).append(ITEM);
    }
    sb.append(FIELD);
    for (Paragraph p : a.paragraphs()) {
      sb.append(p.n()).append(PART).append(p.kind().name()).append(PART).append(p.start()).append(PART)
          .append(p.end()).append(PART).append(p.page()).append(ITEM);
    }
    return sb.toString();
  }

  private static StoredArticle decode(String s, StoredIssue issue) {
    String[] f = s.split(String.valueOf(FIELD), -1);
    List<Author> authors = new ArrayList<>();
    for (String item : items(f[4])) {
      String[] p = item.split(String.valueOf(PART), -1);
      authors.add(new Author(p[0], p[1], p[2], p[3].equals("1")));
    }
    List<StoredParagraph> paragraphs = new ArrayList<>();
    for (String item : items(f[5])) {
      String[] p = item.split(String.valueOf(PART), -1);
      paragraphs.add(new StoredParagraph(Integer.parseInt(p[0]), ParagraphKind.valueOf(p[1]), Integer.parseInt(p[2]),
          Integer.parseInt(p[3]), Integer.parseInt(p[4])));
    }
    return new StoredArticle(issue, Integer.parseInt(f[0]), f[1], f[2], authors, f[3].equals("1"), paragraphs);
  }

  private static List<String> items(String joined) {
    List<String> out = new ArrayList<>();
    for (String item : joined.split(String.valueOf(ITEM))) {
      if (!item.isEmpty()) {
        out.add(item);
      }
    }
    return out;
  }
}
