package dev.newsbot.retrieval.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;

/**
 * The figures of one evaluation run.
 *
 * @param answerable          questions with an expected answer
 * @param unanswerable        questions the issues do not answer
 * @param hitAt1              share of answerable questions with the answer in the top passage
 * @param hitAt3              … in the top 3
 * @param hitAt5              … in the top 5
 * @param hitAt10             … in the top 10
 * @param mrr                 mean reciprocal rank of the first passage holding the answer (top 10)
 * @param answerInReply       share of answerable questions whose reply text holds the answer
 * @param abstainedUnanswerable share of unanswerable questions that got an abstention
 * @param falseAbstention     share of answerable questions that got an abstention
 * @param verifiableQuotes    share of citations whose offsets point at exactly the quoted text
 * @param replyUnder400       share of replies shorter than 400 characters
 * @param misses              ids of questions that failed some check, with what failed
 * @param byKind              per kind of question: answered (answerable kinds) or abstained ("none")
 * @param byLanguage          per language of question: the same
 * @param headlines           citations holding the answer, and those filed under the headline the
 *                            question names (questions that name one)
 */
public record EvalReport(
    int answerable, int unanswerable, double hitAt1, double hitAt3, double hitAt5, double hitAt10, double mrr,
    double answerInReply, double abstainedUnanswerable, double falseAbstention, double verifiableQuotes,
    double replyUnder400, List<String> misses, Map<String, Rate> byKind, Map<String, Rate> byLanguage,
    Rate headlines) {

  public EvalReport {
    misses = List.copyOf(misses);
    byKind = Collections.unmodifiableMap(new TreeMap<>(byKind));
    byLanguage = Collections.unmodifiableMap(new TreeMap<>(byLanguage));
  }

  /** How many of {@code of} passed. */
  public record Rate(int passed, int of) {

    public double share() {
      return of == 0 ? 1 : passed / (double) of;
    }

    Rate plus(boolean pass) {
      return new Rate(passed + (pass ? 1 : 0), of + 1);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f (%d/%d)", share(), passed, of);
    }
  }

  /** One markdown table row: hit@1 | hit@3 | hit@5 | hit@10 | MRR | answer | abstain | false abst. | verbatim. */
  public String tableRow(String label) {
    return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.3f | %.2f | %.2f | %.2f | %.2f |", label,
        hitAt1, hitAt3, hitAt5, hitAt10, mrr, answerInReply, abstainedUnanswerable, falseAbstention,
        verifiableQuotes);
  }

  public static String tableHeader() {
    return "| setting | hit@1 | hit@3 | hit@5 | hit@10 | MRR | answer in reply | abstain (unanswerable) "
        + "| false abstention | verbatim quotes |\n|---|---|---|---|---|---|---|---|---|---|";
  }
}
