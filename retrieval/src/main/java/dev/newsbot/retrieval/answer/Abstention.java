package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.search.Hit;
import dev.newsbot.retrieval.search.Query;
import java.util.List;

/** Decides whether the retrieved passages answer the question at all. */
final class Abstention {

  static final double MIN_SUPPORT = 0.5;

  private Abstention() {}

  static Verdict judge(Query q, List<Hit> hits, List<Candidate> ranked) {
    if (hits.isEmpty() || ranked.isEmpty()) {
      return new Verdict(true, 0);
    }
    double support = ranked.get(0).coverage();
    return new Verdict(support < MIN_SUPPORT, support);
  }
}
