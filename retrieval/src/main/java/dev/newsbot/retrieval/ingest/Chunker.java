package dev.newsbot.retrieval.ingest;

import dev.newsbot.retrieval.text.Sentences;
import dev.newsbot.retrieval.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into passages of about {@link #TARGET} characters: short paragraphs are kept
 * together, long ones are cut between sentences. A passage never crosses an article's end. The
 * first passage of an article starts at its headline, so the headline is quotable too.
 */
public final class Chunker {

  /** Aimed-at passage length in characters. */
  public static final int TARGET = 300;
  private static final int SHORT = 80;

  private Chunker() {}

  public static List<Chunk> chunk(String issueText, Article article) {
    List<Chunk> chunks = new ArrayList<>();
    Paragraph first = null;
    int start = -1;
    int end = -1;
    for (Paragraph p : article.paragraphs()) {
      if (!p.kind().searchable()) {
        continue;
      }
      if (first != null && (p.text().length() + (end - start) > TARGET || (end - start) >= SHORT)) {
        chunks.add(make(issueText, article, first, start, end));
        first = null;
      }
      if (p.text().length() > TARGET) {
        if (first != null) {
          chunks.add(make(issueText, article, first, start, end));
          first = null;
        }
        splitLong(issueText, article, p, chunks);
        continue;
      }
      if (first == null) {
        first = p;
        start = p.start();
      }
      end = p.end();
    }
    if (first != null) {
      chunks.add(make(issueText, article, first, start, end));
    }
    if (!chunks.isEmpty() && article.start() >= 0 && article.start() < chunks.get(0).start()) {
      Chunk c = chunks.get(0);
      chunks.set(0, new Chunk(c.article(), c.paragraph(), article.start(), c.end(),
          Whitespace.normalize(issueText.substring(article.start(), c.end()))));
    }
    return chunks;
  }

  private static void splitLong(String issueText, Article article, Paragraph p, List<Chunk> out) {
    String raw = issueText.substring(p.start(), p.end());
    int from = -1;
    int to = -1;
    for (Sentences.Span s : Sentences.split(raw)) {
      int len = Whitespace.normalize(raw.substring(s.start(), s.end())).length();
      if (from >= 0 && Whitespace.normalize(raw.substring(from, to)).length() + len > TARGET) {
        out.add(make(issueText, article, p, p.start() + from, p.start() + to));
        from = -1;
      }
      if (from < 0) {
        from = s.start();
      }
      to = s.end();
    }
    if (from >= 0) {
      out.add(make(issueText, article, p, p.start() + from, p.start() + to));
    }
  }

  private static Chunk make(String issueText, Article article, Paragraph p, int start, int end) {
    return new Chunk(article.ordinal(), p.n(), start, end, Whitespace.normalize(issueText.substring(start, end)));
  }
}
