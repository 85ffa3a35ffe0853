package dev.newsbot.retrieval.answer;

/**
 * Whether to answer, with the measure that decided.
 *
 * @param abstain true when the passages do not answer the question
 * @param support how well the best passage supports an answer, 0 to 1
 * @param reason  which check decided to abstain, for the debug log; "" when answering
 */
record Verdict(boolean abstain, double support, String reason) {

  Verdict(boolean abstain, double support) {
    this(abstain, support, abstain ? "no passage" : "");
  }
}
