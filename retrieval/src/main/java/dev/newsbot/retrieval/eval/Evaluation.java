package dev.newsbot.retrieval.eval;

import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.answer.Passage;
import dev.newsbot.retrieval.text.Whitespace;
import dev.newsbot.retrieval.eval.EvalReport.Rate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Measures answers against questions with known verbatim answers. A passage counts as a hit when
 * the expected answer, whitespace removed, is inside its text and it comes from one of the
 * expected issues.
 */
public final class Evaluation {

  private Evaluation() {}

  /**
   * Evaluates the answers {@code ask} gives, checking each quote against the text of its issue
   * file as {@code issueText} gives it (empty when that issue is not indexed).
   */
  public static EvalReport run(Function<String, Answer> ask, Function<String, Optional<String>> issueText,
      List<EvalQuestion> questions) {
    int answerable = 0;
    int unanswerable = 0;
    int[] hits = new int[11];
    double mrr = 0;
    int inReply = 0;
    int abstainedNone = 0;
    int falseAbstain = 0;
    int quotes = 0;
    int verbatim = 0;
    int short400 = 0;
    List<String> misses = new ArrayList<>();
    Map<String, Rate> byKind = new HashMap<>();
    Map<String, Rate> byLanguage = new HashMap<>();
    Rate headlines = new Rate(0, 0);
    for (EvalQuestion q : questions) {
      Answer a = ask.apply(q.question());
      String reply = PlainReply.of(a);
      boolean passed = q.answerable() ? !a.abstained() && squash(reply).contains(squash(q.answer())) : a.abstained();
      byKind.merge(q.kind(), new Rate(passed ? 1 : 0, 1), (x, y) -> new Rate(x.passed() + y.passed(), x.of() + y.of()));
      if (!q.language().isEmpty()) {
        byLanguage.merge(q.language(), new Rate(passed ? 1 : 0, 1),
            (x, y) -> new Rate(x.passed() + y.passed(), x.of() + y.of()));
      }
      if (q.answerable() && q.headline() != null && !a.abstained()) {
        for (Citation c : answering(a, q)) {
          // a question's writer may name the subhead of a long story: the citation names it too
          boolean filed = sameHeadline(c.title(), q.headline()) || sameHeadline(c.section(), q.headline());
          headlines = headlines.plus(filed);
          if (!filed) {
            misses.add(q.id() + " quote filed under 《" + c.title() + "》"
                + (c.section().isEmpty() ? "" : " “" + c.section() + "”") + ", not 《" + q.headline() + "》");
          }
        }
      }
      if (reply.length() < 400) {
        short400++;
      }
      for (Citation c : a.citations()) {
        quotes++;
        if (isVerbatim(issueText, c)) {
          verbatim++;
        } else {
          misses.add(q.id() + " quote not verbatim at " + c.issue() + ":" + c.start());
        }
      }
      if (!q.answerable()) {
        unanswerable++;
        if (a.abstained()) {
          abstainedNone++;
        } else {
          misses.add(q.id() + " answered an unanswerable question");
        }
        continue;
      }
      answerable++;
      String expected = squash(q.answer());
      int rank = firstHit(a.passages(), q, expected);
      for (int k = 1; k <= 10; k++) {
        if (rank > 0 && rank <= k) {
          hits[k]++;
        }
      }
      mrr += rank > 0 ? 1.0 / rank : 0;
      if (a.abstained()) {
        falseAbstain++;
        misses.add(q.id() + " abstained (passage rank " + rank + ")");
      } else if (squash(reply).contains(expected)) {
        inReply++;
      } else {
        misses.add(q.id() + " answer not in reply (passage rank " + rank + ")");
      }
    }
    double n = Math.max(1, answerable);
    return new EvalReport(answerable, unanswerable, hits[1] / n, hits[3] / n, hits[5] / n, hits[10] / n, mrr / n,
        inReply / n, unanswerable == 0 ? 1 : abstainedNone / (double) unanswerable, falseAbstain / n,
        quotes == 0 ? 1 : verbatim / (double) quotes, questions.isEmpty() ? 1 : short400 / (double) questions.size(),
        misses, byKind, byLanguage, headlines);
  }

  /** The citations whose quote holds the answer, or part of it when the answer spans quotes. */
  private static List<Citation> answering(Answer a, EvalQuestion q) {
    String expected = squash(q.answer());
    List<Citation> out = new ArrayList<>();
    for (Citation c : a.citations()) {
      String quote = squash(c.quote());
      if (!quote.isEmpty() && (quote.contains(expected) || (quote.length() >= 4 && expected.contains(quote)))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Headlines compared as printed, whitespace aside; a kicker or subtitle around the named one is fine. */
  static boolean sameHeadline(String cited, String expected) {
    String c = squash(cited);
    String e = squash(expected);
    return !c.isEmpty() && (c.contains(e) || e.contains(c));
  }

  private static int firstHit(List<Passage> passages, EvalQuestion q, String expected) {
    for (Passage p : passages) {
      if (holdsAnswer(q, expected, p.issue(), p.text())) {
        return p.rank();
      }
    }
    return 0;
  }

  /**
   * Whether a passage, from issue file {@code issue}, counts as a hit for the question: it holds
   * {@code expected} (the answer, {@link #squash squashed}) and comes from one of its issues.
   */
  public static boolean holdsAnswer(EvalQuestion q, String expected, String issue, String text) {
    return (q.seeds().isEmpty() || q.seeds().contains(issue)) && squash(text).contains(expected);
  }

  /** True when the citation's offsets point at exactly its quote in the indexed issue text. */
  static boolean isVerbatim(Function<String, Optional<String>> issueText, Citation c) {
    return issueText.apply(c.issue())
        .filter(t -> c.start() >= 0 && c.end() <= t.length() && c.start() < c.end())
        .map(t -> Whitespace.normalize(t.substring(c.start(), c.end())).equals(c.quote()))
        .orElse(false);
  }

  /** The text with all whitespace removed, as answers are compared. */
  public static String squash(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!Whitespace.isSpace(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
