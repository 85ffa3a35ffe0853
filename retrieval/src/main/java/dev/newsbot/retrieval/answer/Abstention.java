package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.ingest.Author;
import dev.newsbot.retrieval.search.Hit;
import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.store.StoredArticle;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.text.Language;
import java.util.List;
import java.util.regex.Pattern;

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

  private static final AnswerLimits LIMITS = AnswerLimits.DEFAULT;


  /** A credit inside the text, as lists of headlines give them ("…访问量:68.8万次,…记者:黎世伟"). */
  private static final Pattern CREDIT_IN_TEXT = Pattern.compile("(?:记者|通讯员|摄影|作者)\\s*[:：/]\\s*[\\p{IsHan}]{2,4}");

  private Abstention() {}

  /** The question asks who wrote or photographed the article, and the article credits nobody for that. */
  private static boolean lacksCredit(AnswerType type, StoredArticle article) {
    return switch (type.asksCredit()) {
      case NONE -> false;
      case WRITER -> article.authors().stream().noneMatch(a -> !a.photographer());
      case PHOTO -> article.authors().stream().noneMatch(Author::photographer);
    };
  }

  static Verdict judge(Query q, AnswerType type, List<Hit> hits, List<Candidate> ranked) {
    if (hits.isEmpty() || ranked.isEmpty()) {
      return new Verdict(true, 0);
    }
    double similarity = closest(hits);
    if (q.weights().isEmpty()) {
      boolean close = !Double.isNaN(similarity) && similarity >= LIMITS.minSimilarityNoTerms();
      return new Verdict(!close, close ? similarity : 0);
    }
    Candidate best = ranked.get(0);
    double article = articleShare(q, best.chunk().article());
    String focal = Focus.text(Focus.of(q, ranked));
    String violated = Constraints.of(q.folded()).violatedBy(focal);
    boolean aboutArticle = type.asksTitle() || type.asksCredit() != Credits.Credit.NONE;
    boolean close = !Double.isNaN(similarity) && similarity >= LIMITS.minSimilarityDescribed();
    double minShare = aboutArticle && close ? LIMITS.minDescribedShare() : LIMITS.minArticleShare();
    String reason = article < minShare ? "article holds too little of the question"
        : aboutArticle ? (lacksCredit(type, best.chunk().article()) && !CREDIT_IN_TEXT.matcher(focal).find()
            ? "the article credits nobody for that" : "")
        : type.lacksAskedFactNear(focal) ? "no asked fact about the subject"
        : violated != null ? violated
        : q.weights().size() <= LIMITS.fewTerms() && best.coverage() < LIMITS.fewTermsMinSentence()
            ? "few terms, matched in part"
        : q.language() == Language.CHINESE && !Double.isNaN(similarity) && similarity < LIMITS.minSimilarity()
            ? "not close in meaning" : "";
    return new Verdict(!reason.isEmpty(), article, reason);
  }


  /**
   * The highest embedding similarity among the best passages ({@code similarityDepth}) (NaN in
   * lexical mode): the passage fusion puts first need not be the one the model finds closest.
   */
  private static double closest(List<Hit> hits) {
    return hits.stream().limit(LIMITS.similarityDepth()).mapToDouble(Hit::similarity).max().orElse(Double.NaN);
  }

  /**
   * Share of the question's weighted terms (and, at 0.3, its characters: "下雪" asked, "降雪" written)
   * found anywhere in the article: headline, byline, paragraphs. The paper's own city counts as
   * found: a local paper writes "我市" where a reader asks about "株洲市".
   */
  static double articleShare(Query q, StoredArticle article) {
    double total = q.weights().values().stream().mapToDouble(Double::doubleValue).sum()
        + LIMITS.characterWeight() * q.characters().values().stream().mapToDouble(Double::doubleValue).sum();
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
