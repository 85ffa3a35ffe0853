package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Lexicon;
import java.util.regex.Pattern;

/**
 * What is known of one candidate sentence, as numbers the score weighs ({@link SentenceWeights}):
 * how much of the question it and its neighbours hold, how its passage ranked, whether it has the
 * asked kind of fact, and, for lists, reasons and ways, whether it sets up (“主要有三个原因”) or
 * follows a set-up, enumerates, gives a reason or a way. General signs of Chinese news prose, in
 * word lists under zh/; nothing about one paper.
 */
final class SentenceFeatures {

  private static final Pattern SETUP = Lexicon.pattern("setup-words");
  private static final Pattern ENUMERATOR = Lexicon.pattern("enumerators");
  private static final Pattern REASON = Lexicon.pattern("reason-markers");
  private static final Pattern METHOD = Lexicon.pattern("method-markers");
  private static final Pattern ITEM_BREAK = Pattern.compile("[、；;]");

  private SentenceFeatures() {}

  /**
   * The features, in {@link SentenceWeights}' order.
   *
   * @param own       the question's weighted terms the sentence holds, 0 to 1
   * @param near      the best of its neighbours', 0 to 1
   * @param context   its passage's and headline's, 0 to 1
   * @param rankShare its passage's retrieval score over the best one's
   * @param fit       how well it has the asked kind of fact (AnswerType.fit), 0 to 1
   * @param folded    the sentence, folded
   * @param before    the sentence before it in its paragraph, folded, or null
   * @param opening   whether it is its article's first sentence of text
   */
  static double[] of(QuestionKind kind, AnswerType type, double own, double near, double context, double rankShare,
      double fit, String folded, String before, boolean opening) {
    boolean exact = type.asksFact() && !type.lacksExactAnswer(folded);
    boolean setsUp = SETUP.matcher(folded).find() && !ENUMERATOR.matcher(folded).find();
    boolean follows = before != null && SETUP.matcher(before).find();
    boolean enumerates = enumerates(folded);
    boolean reason = REASON.matcher(folded).find();
    boolean method = METHOD.matcher(folded).find();
    boolean explain = kind.reason() || kind.method();
    return new double[] {
        own, near, context, rankShare, fit,
        exact ? 1 : 0,
        kind.list() && follows ? 1 : 0,
        kind.list() && enumerates ? 1 : 0,
        (kind.list() || explain) && setsUp ? 1 : 0,
        explain && follows ? 1 : 0,
        kind.reason() && reason ? 1 : 0,
        kind.method() && method ? 1 : 0,
        opening ? 1 : 0,
        Math.min(1, folded.length() / 150.0)};
  }

  /** Whether a sentence lists things: an item mark ("一是", "其次") or three items or more ("甲、乙、丙"). */
  static boolean enumerates(String folded) {
    return ENUMERATOR.matcher(folded).find() || countBreaks(folded) >= 2;
  }

  private static int countBreaks(String s) {
    int n = 0;
    var m = ITEM_BREAK.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
