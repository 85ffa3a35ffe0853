package dev.newsbot.retrieval.answer;

/**
 * The answerer's numbers other than the sentence score's weights, named, in one place: how deep
 * it looks, how much it quotes, when it abstains. Data: {@code answer-limits.properties} beside
 * this class (the values and why each is what it is are written there).
 */
record AnswerLimits(
    int passageDepth,
    int maxQuote,
    int maxTotal,
    int maxQuotes,
    int moreDepth,
    double moreShareOfBest,
    double otherArticleShare,
    int shortQuote,
    int factDepth,
    double characterWeight,
    int focusDepth,
    double focusShareOfBest,
    double minArticleShare,
    double minDescribedShare,
    int fewTerms,
    double fewTermsMinSentence,
    double minSimilarity,
    double minSimilarityNoTerms,
    double minSimilarityDescribed,
    int similarityDepth,
    int closestHeadlines) {

  static final AnswerLimits DEFAULT = RecordValues.load(AnswerLimits.class, "answer-limits.properties");
}
