package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Lexicon;
import java.util.List;
import java.util.regex.Pattern;

/**
 * In an interview or a Q&A ("记者：哪些家电能享受补贴？" / "某某：补贴范围包括…"), a reader's question
 * matches the interviewer's best, but the answer is the turn after it: that one leads.
 */
final class InterviewTurns {

  /** An interviewer's or a Q&A's question: a label, then a question. */
  private static final Pattern ASKING_TURN = Pattern.compile(
      "^(?:" + Lexicon.rule("turn-labels", "asking").pattern() + ")\\s*[:：].*[？?]$");

  private InterviewTurns() {}

  /** {@code ranked} with the first sentence after the best one first, when the best is an asking turn. */
  static List<Candidate> answered(List<Candidate> ranked) {
    if (ranked.isEmpty() || !ASKING_TURN.matcher(ranked.get(0).text().strip()).matches()) {
      return ranked;
    }
    Candidate question = ranked.get(0);
    Candidate reply = null;
    for (Candidate c : ranked) {
      if (c.chunk().article() == question.chunk().article() && c.start() >= question.end()
          && (reply == null || c.start() < reply.start())) {
        reply = c;
      }
    }
    if (reply == null || ASKING_TURN.matcher(reply.text().strip()).matches()) {
      return ranked;
    }
    return Candidate.leading(ranked, reply);
  }
}
