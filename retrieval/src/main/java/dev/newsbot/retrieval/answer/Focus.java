package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.store.StoredParagraph;
import dev.newsbot.retrieval.text.Whitespace;
import java.util.ArrayList;
import dev.newsbot.retrieval.text.Tokenizer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * The paragraphs about the question's own subject: those of the best candidates that score close
 * to the best one, from its article (or, scoring almost as well, another). The asked-for fact must
 * stand in one of them: a date in another part of the article belongs to another event, a count
 * in another article to another thing.
 */
final class Focus {

  private Focus() {}

  /** The focal sentences, best first; never empty when {@code ranked} is not. */
  static List<Candidate> of(Query q, List<Candidate> ranked) {
    if (ranked.isEmpty()) {
      return List.of();
    }
    Candidate best = ranked.get(0);
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : ranked.subList(0, Math.min(AnswerLimits.DEFAULT.focusDepth(), ranked.size()))) {
      boolean sameArticle = c.chunk().article() == best.chunk().article();
      if (c.score() >= AnswerLimits.DEFAULT.focusShareOfBest() * best.score()
          && (sameArticle || c.score() >= AnswerLimits.DEFAULT.otherArticleShare() * best.score())) {
        out.add(c);
      }
    }
    return out;
  }

  /** The question's rarest terms that mark its own subject. */
  static final int KEY_TERMS = 2;

  /** The question's heaviest (rarest) multi-character terms that {@code articleFolded} holds. */
  static Set<String> keyTerms(Query q, String articleFolded) {
    return keyTerms(q, articleFolded, KEY_TERMS);
  }

  /** The question's {@code count} heaviest multi-character terms that {@code articleFolded} holds. */
  static Set<String> keyTerms(Query q, String articleFolded, int count) {
    Set<String> inArticle = new HashSet<>(Tokenizer.terms(articleFolded));
    List<Map.Entry<String, Double>> terms = new ArrayList<>(q.weights().entrySet());
    terms.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    Set<String> keys = new LinkedHashSet<>();
    for (Map.Entry<String, Double> e : terms) {
      if (keys.size() == count) {
        break;
      }
      if (e.getKey().length() >= 2 && inArticle.contains(e.getKey())) {
        keys.add(e.getKey());
      }
    }
    return keys;
  }

  /** The whole paragraphs of the focal sentences, each once, folded, one per line. */
  static String text(List<Candidate> focal) {
    Set<String> seen = new LinkedHashSet<>();
    for (Candidate c : focal) {
      StoredParagraph p = c.chunk().article().paragraphAt(c.start());
      String text = p == null ? c.text() : c.chunk().issue().text().substring(p.start(), p.end());
      seen.add(Whitespace.normalize(text));
    }
    return Folding.fold(String.join("\n", seen));
  }
}
