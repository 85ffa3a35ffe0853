package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.ingest.Bylines;
import dev.newsbot.retrieval.ingest.ParagraphKind;
import dev.newsbot.retrieval.search.Hit;
import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.store.PassageSource;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredParagraph;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.text.Sentences;
import dev.newsbot.retrieval.text.Tokenizer;
import dev.newsbot.retrieval.text.Whitespace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores the sentences of the best passages against the question ({@link SentenceFeatures},
 * {@link SentenceWeights}): the rare question terms a sentence holds, those its neighbours and its
 * article hold, the passage's rank, whether it has the kind of fact asked for. {@link QuoteChoice}
 * picks the ones to quote.
 */
final class SentencePicker {

  private static final AnswerLimits LIMITS = AnswerLimits.DEFAULT;

  private SentencePicker() {}

  /**
   * Candidates from the best best passages and from the rest of the best passage's
   * article (an answer often sits in a passage that repeats fewer of the question's words), best
   * first.
   */
  static List<Candidate> rank(Query q, AnswerType type, List<Hit> hits, PassageSource passages) {
    List<Candidate> out = new ArrayList<>();
    double total = total(q.weights()) + LIMITS.characterWeight() * total(q.characters());
    if (hits.isEmpty() || total == 0) {
      return out;
    }
    double top = hits.get(0).score();
    Set<StoredChunk> seen = new HashSet<>();
    for (int r = 0; r < Math.min(LIMITS.passageDepth(), hits.size()); r++) {
      Hit h = hits.get(r);
      seen.add(h.chunk());
      addSentences(q, type, total, h.chunk(), r, h.score() / top, out);
    }
    for (StoredChunk c : passages.sameArticle(hits.get(0).chunk())) {
      if (seen.add(c)) {
        addSentences(q, type, total, c, LIMITS.passageDepth(), 0, out);
      }
    }
    out.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return out;
  }


  private static void addSentences(Query q, AnswerType type, double total, StoredChunk c, int rank, double rankShare,
      List<Candidate> out) {
    double context = cover(q, Folding.fold(c.article().title() + "\n" + c.text())) / total;
    QuestionKind kind = QuestionKind.of(q.folded());
    int opening = firstBodyStart(c);
    for (List<Piece> paragraph : pieces(q, c)) {
      double[] covers = paragraph.stream().mapToDouble(p -> cover(q, p.folded()) / total).toArray();
      for (int k = 0; k < paragraph.size(); k++) {
        Piece p = paragraph.get(k);
        Piece before = k > 0 ? paragraph.get(k - 1) : null;
        Piece after = k + 1 < paragraph.size() ? paragraph.get(k + 1) : null;
        double own = covers[k];
        double near = Math.max(k > 0 ? covers[k - 1] : 0, k + 1 < covers.length ? covers[k + 1] : 0);
        double fit = type.fit(p.folded());
        double[] features = SentenceFeatures.of(kind, type, own, near, context, rankShare, fit, p.folded(),
            before == null ? null : before.folded(), k == 0 && paragraph.get(0).start() <= opening);
        double score = SentenceWeights.DEFAULT.score(features);
        out.add(new Candidate(c, rank, p.start(), p.end(), p.text(), score, own, before, after, fit, features));
      }
    }
  }

  /**
   * For questions with no term the index knows (English about Chinese text, mostly): the
   * sentences of the best passages ranked by embedding similarity with the question.
   */
  static List<Candidate> rankBySimilarity(Query q, List<Hit> hits, float[] questionVector, Embedder embedder) {
    List<Candidate> out = new ArrayList<>();
    List<Candidate> pieces = new ArrayList<>();
    for (int r = 0; r < Math.min(3, hits.size()); r++) {
      StoredChunk c = hits.get(r).chunk();
      for (List<Piece> paragraph : pieces(q, c)) {
        for (int k = 0; k < paragraph.size(); k++) {
          Piece p = paragraph.get(k);
          pieces.add(new Candidate(c, r, p.start(), p.end(), p.text(), 0, 0, k > 0 ? paragraph.get(k - 1) : null,
              k + 1 < paragraph.size() ? paragraph.get(k + 1) : null, 0));
        }
      }
    }
    List<float[]> vectors = embedder.embedPassages(pieces.stream().map(Candidate::text).toList());
    for (int k = 0; k < pieces.size(); k++) {
      Candidate c = pieces.get(k);
      double sim = cosine(questionVector, vectors.get(k));
      out.add(new Candidate(c.chunk(), c.hitRank(), c.start(), c.end(), c.text(), sim, sim, c.before(), c.after(), 0));
    }
    out.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return out;
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** Where the text of the chunk's article starts (after a news lead's byline), or -1. */
  private static int firstBodyStart(StoredChunk c) {
    for (StoredParagraph p : c.article().paragraphs()) {
      if (p.kind() == ParagraphKind.BODY) {
        return p.start() + leadLength(c.issue().text().substring(p.start(), p.end()));
      }
    }
    return -1;
  }

  /** Characters of a news lead's byline opening the text ("株洲日报讯(全媒体记者/王娜) "), or 0. */
  static int leadLength(String raw) {
    int end = Bylines.lead(raw).map(Bylines.Lead::end).orElse(0);
    while (end < raw.length() && Whitespace.isSpace(raw.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * The chunk's sentences, grouped by paragraph, long ones clipped to their best clauses. A news
   * lead's byline ("株洲日报讯(全媒体记者/王娜)") is no part of the sentence it opens.
   */
  private static List<List<Piece>> pieces(Query q, StoredChunk c) {
    String text = c.issue().text();
    List<List<Piece>> out = new ArrayList<>();
    for (StoredParagraph p : c.article().paragraphs()) {
      int from = Math.max(c.start(), p.start());
      int to = Math.min(c.end(), p.end());
      if (from >= to || !p.kind().searchable()) {
        continue;
      }
      List<Piece> sentences = new ArrayList<>();
      if (from == p.start()) {
        from += leadLength(text.substring(p.start(), p.end()));
      }
      String raw = text.substring(from, to);
      for (Sentences.Span s : Sentences.split(raw)) {
        int[] span = Clauses.clip(q, raw, s.start(), s.end(), LIMITS.maxQuote());
        String t = Whitespace.normalize(raw.substring(span[0], span[1]));
        if (t.length() >= 4 && !Bylines.isCredit(t)) {
          sentences.add(new Piece(from + span[0], from + span[1], t, Folding.fold(t)));
        }
      }
      out.add(sentences);
    }
    return out;
  }

  /** Weighted share of the question's terms (and, at 0.3, its single characters) that the text holds. */
  static double cover(Query q, String folded) {
    Set<String> terms = new HashSet<>(Tokenizer.terms(folded));
    double sum = 0;
    for (var e : q.weights().entrySet()) {
      if (terms.contains(e.getKey())) {
        sum += e.getValue();
      }
    }
    for (var e : q.characters().entrySet()) {
      if (folded.contains(e.getKey())) {
        sum += LIMITS.characterWeight() * e.getValue();
      }
    }
    return sum;
  }

  private static double total(Map<String, Double> weights) {
    return weights.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
