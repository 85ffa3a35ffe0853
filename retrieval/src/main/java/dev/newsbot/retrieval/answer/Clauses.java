package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/** Cuts a long sentence down to the run of clauses that holds most of the question's terms. */
final class Clauses {

  private static final String CLAUSE_ENDS = ",，;；:：、";
  /** A quote never ends on an opening mark ("…事业部“"). */
  private static final String OPENERS = "“‘（(「『【《\"";

  private Clauses() {}

  /** The span [start, end) of {@code raw} itself when short enough, else its best run of clauses. */
  static int[] clip(Query q, String raw, int start, int end, int maxChars) {
    if (Whitespace.normalize(raw.substring(start, end)).length() <= maxChars) {
      return new int[] {start, end};
    }
    List<int[]> clauses = new ArrayList<>();
    int from = start;
    for (int i = start; i < end; i++) {
      if (CLAUSE_ENDS.indexOf(raw.charAt(i)) >= 0) {
        clauses.add(new int[] {from, i + 1});
        from = i + 1;
      }
    }
    if (from < end) {
      clauses.add(new int[] {from, end});
    }
    int[] best = {start, end};
    double bestScore = -1;
    for (int a = 0; a < clauses.size(); a++) {
      for (int b = a; b < clauses.size(); b++) {
        int s = clauses.get(a)[0];
        int e = clauses.get(b)[1];
        String text = Whitespace.normalize(raw.substring(s, e));
        if (text.length() > maxChars && b > a) {
          break;
        }
        double score = SentencePicker.cover(q, Folding.fold(text)) - 0.0001 * text.length();
        if (score > bestScore) {
          bestScore = score;
          best = new int[] {s, e};
        }
      }
    }
    return trim(raw, best);
  }

  private static int[] trim(String raw, int[] span) {
    int s = span[0];
    int e = span[1];
    while (s < e && Whitespace.isSpace(raw.charAt(s))) {
      s++;
    }
    while (e > s && (Whitespace.isSpace(raw.charAt(e - 1)) || CLAUSE_ENDS.indexOf(raw.charAt(e - 1)) >= 0
        || OPENERS.indexOf(raw.charAt(e - 1)) >= 0)) {
      e--;
    }
    return new int[] {s, e};
  }
}
