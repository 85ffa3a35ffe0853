package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which of the ranked candidates a reply quotes: the best, its neighbour when it is short, a
 * sentence of its article with the asked kind of fact when those lack it, then more that score
 * close and add question terms (limits in {@link AnswerLimits}); in reading order per article.
 */
final class QuoteChoice {

  private static final AnswerLimits LIMITS = AnswerLimits.DEFAULT;

  private QuoteChoice() {}

  /**
   * The best sentence, its neighbour when it is short, then more that score close to it (from
   * another article: almost as well) and add question terms, at most three and
   * {@code maxTotal} characters in all; in reading order per article.
   */
  static List<Candidate> choose(Query q, AnswerType type, List<Candidate> ranked) {
    List<Candidate> chosen = new ArrayList<>();
    if (ranked.isEmpty()) {
      return chosen;
    }
    Candidate best = ranked.get(0);
    chosen.add(best);
    int length = best.text().length();
    Candidate neighbour = neighbour(q, type, best);
    if (neighbour != null) {
      chosen.add(neighbour);
      length += neighbour.text().length();
    }
    String quoted = Folding.fold(best.text() + "\n" + (neighbour == null ? "" : neighbour.text()));
    for (Predicate<String> hasFact : type.wantedBeside(quoted)) {
      Candidate fact = withAskedFact(q, best, ranked, chosen, hasFact);
      if (fact != null) {
        if (length + fact.text().length() <= LIMITS.maxTotal()) {
          chosen.add(fact);
          length += fact.text().length();
        }
        break;
      }
    }
    for (Predicate<String> slot : Constraints.of(q.folded()).slotsAsked(q.folded())) {
      // "后来查出来是啥原因", "末班车几点": the slot is often filled a sentence or two after the topic
      String sofar = Folding.fold(String.join("\n", chosen.stream().map(Candidate::text).toList()));
      if (slot.test(sofar)) {
        continue;
      }
      Candidate filler = withAskedFact(q, best, ranked, chosen, slot);
      if (filler != null && length + filler.text().length() <= LIMITS.maxTotal()) {
        chosen.add(filler);
        length += filler.text().length();
      }
    }
    Set<String> have = new HashSet<>(Tokenizer.distinctTerms(best.text()));
    for (Candidate c : ranked.subList(1, Math.min(ranked.size(), LIMITS.moreDepth()))) {
      if (chosen.size() == LIMITS.maxQuotes() || c.score() < LIMITS.moreShareOfBest() * best.score()) {
        break;
      }
      Set<String> terms = Tokenizer.distinctTerms(c.text());
      double gain = gain(q, have, terms);
      boolean overlaps = overlapsAny(chosen, c);
      boolean sameArticle = c.chunk().article() == best.chunk().article();
      boolean otherAllowed = type.asksCredit() == Credits.Credit.NONE; // who wrote or took it: one article's credit
      if (gain > 0 && !overlaps && (sameArticle || (otherAllowed && c.score() >= LIMITS.otherArticleShare() * best.score()))
          && length + c.text().length() <= LIMITS.maxTotal()) {
        chosen.add(c);
        have.addAll(terms);
        length += c.text().length();
      }
    }
    QuestionKind kind = QuestionKind.of(q.folded());
    if (kind.list() || kind.method()) {
      chosen = withList(kind, chosen, ranked);
    }
    // the reply leads with the sentence that answers; what it quotes beside it follows in reading order
    List<Candidate> rest = new ArrayList<>(chosen.subList(1, chosen.size()));
    rest.sort(Comparator.comparing((Candidate c) -> c.chunk().issue().file())
        .thenComparingInt(c -> c.chunk().article().ordinal())
        .thenComparingInt(Candidate::start));
    List<Candidate> ordered = new ArrayList<>();
    ordered.add(chosen.get(0));
    ordered.addAll(rest);
    return ordered;
  }

  /**
   * For a question asking for a list (or how something was done, often answered by one): the
   * items of the numbered list that a chosen or a well-ranked sentence of the best article is in
   * or sets up ({@link Enumeration}), beside the best sentence when both fit, instead of other
   * quotes; for a list, failing that, the best sentence of the article that enumerates
   * ("甲、乙、丙") when none quoted does.
   */
  private static List<Candidate> withList(QuestionKind kind, List<Candidate> chosen, List<Candidate> ranked) {
    Candidate best = chosen.get(0);
    List<Candidate> anchors = new ArrayList<>(chosen);
    for (Candidate c : ranked.subList(1, Math.min(ranked.size(), LIMITS.factDepth()))) {
      if (c.chunk().article() == best.chunk().article()) {
        anchors.add(c);
      }
    }
    for (Candidate anchor : anchors) {
      List<Candidate> items = Enumeration.around(anchor, LIMITS.maxQuote(), LIMITS.maxTotal());
      if (items.isEmpty()) {
        continue;
      }
      int length = items.stream().mapToInt(c -> c.text().length()).sum();
      List<Candidate> out = new ArrayList<>();
      if (!overlapsAny(items, best) && length + best.text().length() <= LIMITS.maxTotal()) {
        out.add(best);
      }
      out.addAll(items);
      return out;
    }
    if (!kind.list() || chosen.stream().anyMatch(c -> SentenceFeatures.enumerates(Folding.fold(c.text())))) {
      return chosen;
    }
    for (Candidate c : anchors.subList(chosen.size(), anchors.size())) {
      if (!overlapsAny(chosen, c) && SentenceFeatures.enumerates(Folding.fold(c.text()))) {
        List<Candidate> out = new ArrayList<>(chosen);
        while (out.size() > 1 && length(out) + c.text().length() > LIMITS.maxTotal()) {
          out.remove(out.size() - 1);
        }
        if (length(out) + c.text().length() <= LIMITS.maxTotal()) {
          out.add(c);
          return out;
        }
        return chosen;
      }
    }
    return chosen;
  }

  private static int length(List<Candidate> quotes) {
    return quotes.stream().mapToInt(c -> c.text().length()).sum();
  }

  /** Whether the candidate's span overlaps one already chosen (a clause of the same sentence, say). */
  private static boolean overlapsAny(List<Candidate> chosen, Candidate c) {
    return chosen.stream().anyMatch(o -> o.chunk().issue() == c.chunk().issue()
        && o.start() < c.end() && c.start() < o.end());
  }

  /**
   * When the best sentence lacks the kind of fact asked for, the best-scoring sentence of its
   * article that has it (news often names the topic in one sentence and gives the figure in a
   * later one): {@code hasFact} says which (see {@link AnswerType#wantedBeside}). One that names
   * the subject's key terms comes first: a figure elsewhere in the article may count another thing.
   */
  private static Candidate withAskedFact(Query q, Candidate best, List<Candidate> ranked, List<Candidate> chosen,
      Predicate<String> hasFact) {
    Set<String> keys = Focus.keyTerms(q, Folding.fold(best.chunk().article().fullText()));
    Candidate any = null;
    for (Candidate c : ranked.subList(1, Math.min(ranked.size(), LIMITS.factDepth()))) {
      String folded = Folding.fold(c.text());
      if (!overlapsAny(chosen, c) && c.chunk().article() == best.chunk().article() && hasFact.test(folded)) {
        if (keys.stream().anyMatch(folded::contains)) {
          return c;
        }
        any = any == null ? c : any;
      }
    }
    return any;
  }

  /**
   * The sentence before or after a short best sentence in its paragraph, whichever holds more of
   * the question or of the asked-for kind of fact: news states a topic, then the fact.
   */
  private static Candidate neighbour(Query q, AnswerType type, Candidate best) {
    if (best.text().length() >= LIMITS.shortQuote()) {
      return null;
    }
    Piece pick = null;
    double pickScore = -1;
    for (Piece p : new Piece[] {best.after(), best.before()}) {
      if (p == null || best.text().length() + p.text().length() > LIMITS.maxTotal()) {
        continue;
      }
      double score = SentencePicker.cover(q, p.folded()) + type.fit(p.folded());
      if (score > pickScore) {
        pick = p;
        pickScore = score;
      }
    }
    return pick == null ? null : new Candidate(best.chunk(), best.hitRank(), pick.start(), pick.end(), pick.text(),
        best.score(), SentencePicker.cover(q, pick.folded()), null, null, type.fit(pick.folded()));
  }

  private static double gain(Query q, Set<String> have, Set<String> terms) {
    double gain = 0;
    for (var e : q.weights().entrySet()) {
      if (terms.contains(e.getKey()) && !have.contains(e.getKey())) {
        gain += e.getValue();
      }
    }
    return gain;
  }

}
