package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.ingest.Author;
import dev.newsbot.retrieval.store.StoredArticle;
import dev.newsbot.retrieval.text.Lexicon;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The kind of piece a question names, when it names one: a commentary or a letter ("那篇小评论是谁
 * 写的"), which its author signs, or a photo ("那张照片是谁拍的"), which a photographer is credited
 * for. A well-ranked sentence of such a piece leads over a news story on the same subject.
 */
final class PieceKind {

  private static final Pattern ASKS_SIGNED = Lexicon.pattern("asks-commentary");
  private static final AnswerLimits LIMITS = AnswerLimits.DEFAULT;
  /** A candidate of the named kind leads when it scores at least this share of the best one. */
  static final double MIN_SHARE = 0.5;

  private PieceKind() {}

  /** {@code ranked} with the best candidate of the kind the question names first, if one scores close. */
  static List<Candidate> preferred(String foldedQuestion, AnswerType type, List<Candidate> ranked) {
    Predicate<StoredArticle> kind = ASKS_SIGNED.matcher(foldedQuestion).find() ? PieceKind::signed
        : type.asksCredit() == Credits.Credit.PHOTO ? PieceKind::photographed : null;
    if (kind == null || ranked.isEmpty() || kind.test(ranked.get(0).chunk().article())) {
      return ranked;
    }
    double best = ranked.get(0).score();
    for (int k = 1; k < Math.min(ranked.size(), LIMITS.factDepth()); k++) {
      Candidate c = ranked.get(k);
      if (c.score() < MIN_SHARE * best) {
        break;
      }
      if (kind.test(c.chunk().article())) {
        return Candidate.leading(ranked, c);
      }
    }
    return ranked;
  }

  private static boolean signed(StoredArticle article) {
    return article.authors().stream().anyMatch(a -> a.role().isEmpty() && !a.photographer());
  }

  private static boolean photographed(StoredArticle article) {
    return article.authors().stream().anyMatch(Author::photographer);
  }
}
