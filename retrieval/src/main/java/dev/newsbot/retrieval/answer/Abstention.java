package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.search.Hit;
import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.store.StoredArticle;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.text.Language;
import java.util.List;

/**
 * Decides whether the retrieved passages answer the question at all. A score threshold alone
 * cannot: near misses ("长沙下雪积雪多厚" against an article on 株洲's snow) score as high as real
 * answers. So several kinds of evidence must agree:
 * <ul>
 *   <li>the question must have content the index knows (not only question words);</li>
 *   <li>the best article must hold most of the question's weighted terms (a named place or
 *       thing that the article never mentions means it is about something else);</li>
 *   <li>a question with only one or two known terms must be matched almost fully by a sentence;</li>
 *   <li>one of the best three passages must be semantically close (embedding similarity);</li>
 *   <li>when the question asks for an amount, a count, a date or a telephone number, the best
 *       sentences or those around them must hold one (an article on an exam that gives dates
 *       but no fee does not answer "报名费多少钱").</li>
 * </ul>
 * Thresholds were set on the development questions and a set of near-miss questions written for
 * this (retrieval/src/test/resources/near-miss-questions.jsonl); see the README for the figures.
 */
final class Abstention {

  /** Below this share of the question's term weight in the best article, it is about something else. */
  static final double MIN_ARTICLE_SHARE = 0.4;
  /** Questions with at most this many known terms must be matched nearly fully. */
  static final int FEW_TERMS = 2;
  static final double FEW_TERMS_MIN_SENTENCE = 0.85;
  /** Below this cosine similarity (bge) the best passage is not about a Chinese question. */
  static final double MIN_SIMILARITY = 0.45;
  /** Passages whose similarity counts: the closest of them must reach {@link #MIN_SIMILARITY}. */
  static final int SIMILARITY_DEPTH = 3;
  /**
   * A question with no term the index knows (English about Chinese text, mostly) has only
   * similarity to go on, and bge-small-zh maps English loosely (unrelated English text scores 0.39
   * to 0.44 against these issues), so the bar is higher.
   */
  static final double MIN_SIMILARITY_NO_TERMS = 0.5;

  private Abstention() {}

  static Verdict judge(Query q, AnswerType type, List<Hit> hits, List<Candidate> ranked) {
    if (hits.isEmpty() || ranked.isEmpty()) {
      return new Verdict(true, 0);
    }
    double similarity = closest(hits);
    if (q.weights().isEmpty()) {
      boolean close = !Double.isNaN(similarity) && similarity >= MIN_SIMILARITY_NO_TERMS;
      return new Verdict(!close, close ? similarity : 0);
    }
    Candidate best = ranked.get(0);
    double article = articleShare(q, best.chunk().article());
    boolean abstain = article < MIN_ARTICLE_SHARE
        || lacksAskedFact(type, ranked)
        || (q.weights().size() <= FEW_TERMS && best.coverage() < FEW_TERMS_MIN_SENTENCE)
        || (q.language() == Language.CHINESE && !Double.isNaN(similarity) && similarity < MIN_SIMILARITY);
    return new Verdict(abstain, article);
  }


  /**
   * None of the best sentences, nor the sentences around them, holds a fact of the kind asked for
   * (no amount of money for "多少钱", no date for "哪天").
   */
  static boolean lacksAskedFact(AnswerType type, List<Candidate> ranked) {
    StringBuilder around = new StringBuilder();
    for (Candidate c : ranked.subList(0, Math.min(SentencePicker.FACT_DEPTH, ranked.size()))) {
      around.append(c.text()).append('\n');
      for (Piece p : new Piece[] {c.before(), c.after()}) {
        if (p != null) {
          around.append(p.text()).append('\n');
        }
      }
    }
    return type.lacksAskedFact(Folding.fold(around.toString()));
  }

  /**
   * The highest embedding similarity among the best {@link #SIMILARITY_DEPTH} passages (NaN in
   * lexical mode): the passage fusion puts first need not be the one the model finds closest.
   */
  private static double closest(List<Hit> hits) {
    return hits.stream().limit(SIMILARITY_DEPTH).mapToDouble(Hit::similarity).max().orElse(Double.NaN);
  }

  /**
   * Share of the question's weighted terms (and, at 0.3, its characters: "下雪" asked, "降雪" written)
   * found anywhere in the article: headline, byline, paragraphs. The paper's own city counts as
   * found: a local paper writes "我市" where a reader asks about "株洲市".
   */
  static double articleShare(Query q, StoredArticle article) {
    double total = q.weights().values().stream().mapToDouble(Double::doubleValue).sum()
        + 0.3 * q.characters().values().stream().mapToDouble(Double::doubleValue).sum();
    String home = homeCity(article.issue().paper());
    return total == 0 ? 0 : SentencePicker.cover(q, Folding.fold(home + "\n" + article.fullText())) / total;
  }

  /** "株洲日报" → "株洲市": the city a local paper is named after. */
  static String homeCity(String paper) {
    String city = paper.replaceAll("(都市报|晚报|日报|商报|时报|报)$", "");
    return city.length() >= 2 && city.length() <= 4 && city.codePoints().allMatch(Character::isIdeographic)
        ? city + "市" : "";
  }
}
