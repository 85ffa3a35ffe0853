package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.store.StoredChunk;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence (or a clause of a long one) that might answer the question.
 *
 * @param chunk    the passage it was found in
 * @param hitRank  the passage's rank, from 0
 * @param start    offset in the issue text, inclusive
 * @param end      offset in the issue text, exclusive
 * @param text     whitespace-normalised text of the span
 * @param score    how well it answers, higher is better
 * @param coverage share of the question's term weight that the sentence holds
 * @param before   the sentence before it in its paragraph, or null
 * @param after    the sentence after it in its paragraph, or null
 * @param fit      how well it has the asked-for kind of fact, 0 to 1
 * @param features what the score weighed ({@link SentenceFeatures}), or an empty array
 */
record Candidate(StoredChunk chunk, int hitRank, int start, int end, String text, double score, double coverage,
    Piece before, Piece after, double fit, double[] features) {

  Candidate(StoredChunk chunk, int hitRank, int start, int end, String text, double score, double coverage,
      Piece before, Piece after, double fit) {
    this(chunk, hitRank, start, end, text, score, coverage, before, after, fit, new double[0]);
  }

  /** {@code ranked} with {@code lead} moved to the front, the rest in their order. */
  static List<Candidate> leading(List<Candidate> ranked, Candidate lead) {
    List<Candidate> out = new ArrayList<>(ranked.size());
    out.add(lead);
    for (Candidate c : ranked) {
      if (c != lead) {
        out.add(c);
      }
    }
    return out;
  }
}
