package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.index.StoredChunk;
import dev.newsbot.retrieval.ingest.Sentences;
import dev.newsbot.retrieval.ingest.Whitespace;
import dev.newsbot.retrieval.search.Hit;
import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.search.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores the sentences of the best passages against the question and picks the one to three that
 * answer it. A sentence scores by the rare question terms it holds, the terms its article holds
 * around it, the passage's rank, and whether it has the kind of fact asked for (a number, a date).
 */
final class SentencePicker {

  /** Passages whose sentences are considered. */
  static final int DEPTH = 5;
  /** Longer sentences are cut to the clauses that hold the question's terms. */
  static final int MAX_QUOTE = 150;
  static final int MAX_TOTAL = 330;

  private static final Pattern ASKS_NUMBER = Pattern.compile("多少|几|多厚|多大|多高|多长|多久|多远|how many|how much");
  private static final Pattern ASKS_DATE = Pattern.compile("什么时候|哪天|哪年|几号|几月|何时|when|what date|which year");
  private static final Pattern HAS_NUMBER = Pattern.compile("[0-9０-９]|[一二三四五六七八九十百千万亿两]+[个名家人场万亿元]");
  private static final Pattern HAS_DATE = Pattern.compile("\\d+\\s*[年月日]|今年|去年|明年|上半年|下半年|季度");
  private static final String CLAUSE_ENDS = ",，;；:：、";

  private SentencePicker() {}

  static List<Candidate> rank(Query q, List<Hit> hits) {
    List<Candidate> out = new ArrayList<>();
    double total = q.weights().values().stream().mapToDouble(Double::doubleValue).sum();
    if (hits.isEmpty() || total == 0) {
      return out;
    }
    boolean number = ASKS_NUMBER.matcher(q.folded()).find();
    boolean date = ASKS_DATE.matcher(q.folded()).find();
    double top = hits.get(0).score();
    for (int r = 0; r < Math.min(DEPTH, hits.size()); r++) {
      Hit h = hits.get(r);
      StoredChunk c = h.chunk();
      Set<String> context = Tokenizer.distinctTerms(c.article().title() + "\n" + c.text());
      double contextCover = covered(q.weights(), context) / total;
      String raw = c.issue().text().substring(c.start(), c.end());
      for (Sentences.Span s : Sentences.split(raw)) {
        int[] span = clip(q.weights(), raw, s.start(), s.end());
        String text = Whitespace.normalize(raw.substring(span[0], span[1]));
        if (text.length() < 4) {
          continue;
        }
        double cover = covered(q.weights(), Tokenizer.distinctTerms(text)) / total;
        double score = 0.55 * cover + 0.25 * contextCover + 0.2 * (h.score() / top)
            + (number && HAS_NUMBER.matcher(text).find() ? 0.08 : 0)
            + (date && HAS_DATE.matcher(text).find() ? 0.08 : 0);
        out.add(new Candidate(c, r, c.start() + span[0], c.start() + span[1], text, score, cover));
      }
    }
    out.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return out;
  }

  /**
   * The best sentence, and up to two more that add question terms of their own and score close
   * to it, in reading order when they come from one passage.
   */
  static List<Candidate> choose(Query q, List<Candidate> ranked) {
    List<Candidate> chosen = new ArrayList<>();
    if (ranked.isEmpty()) {
      return chosen;
    }
    Candidate best = ranked.get(0);
    chosen.add(best);
    int length = best.text().length();
    Set<String> have = new java.util.HashSet<>(Tokenizer.distinctTerms(best.text()));
    for (Candidate c : ranked.subList(1, ranked.size())) {
      if (chosen.size() == 3 || c.score() < 0.85 * best.score()) {
        break;
      }
      Set<String> terms = Tokenizer.distinctTerms(c.text());
      double gain = 0;
      for (var e : q.weights().entrySet()) {
        if (terms.contains(e.getKey()) && !have.contains(e.getKey())) {
          gain += e.getValue();
        }
      }
      boolean overlaps = chosen.stream().anyMatch(o -> o.chunk().issue() == c.chunk().issue()
          && o.start() < c.end() && c.start() < o.end());
      if (gain > 0 && !overlaps && length + c.text().length() <= MAX_TOTAL) {
        chosen.add(c);
        have.addAll(terms);
        length += c.text().length();
      }
    }
    chosen.sort(Comparator.comparing((Candidate c) -> c.hitRank() == best.hitRank() ? 0 : 1)
        .thenComparing(c -> c.chunk().issue().file())
        .thenComparingInt(Candidate::start));
    return chosen;
  }

  static double covered(Map<String, Double> weights, Set<String> terms) {
    double sum = 0;
    for (var e : weights.entrySet()) {
      if (terms.contains(e.getKey())) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  /** For a long sentence, the run of clauses up to {@link #MAX_QUOTE} characters holding most question terms. */
  private static int[] clip(Map<String, Double> weights, String raw, int start, int end) {
    if (Whitespace.normalize(raw.substring(start, end)).length() <= MAX_QUOTE) {
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
        if (text.length() > MAX_QUOTE && b > a) {
          break;
        }
        double score = covered(weights, Tokenizer.distinctTerms(text)) - 0.0001 * text.length();
        if (score > bestScore) {
          bestScore = score;
          best = new int[] {s, e};
        }
      }
    }
    while (best[0] < best[1] && Whitespace.isSpace(raw.charAt(best[0]))) {
      best[0]++;
    }
    int e = best[1];
    while (e > best[0] && (Whitespace.isSpace(raw.charAt(e - 1)) || CLAUSE_ENDS.indexOf(raw.charAt(e - 1)) >= 0)) {
      e--;
    }
    best[1] = e;
    return best;
  }
}
