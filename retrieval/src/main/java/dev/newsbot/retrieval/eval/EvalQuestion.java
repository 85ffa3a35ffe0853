package dev.newsbot.retrieval.eval;

import java.util.List;

/**
 * One question of a development or acceptance set.
 *
 * @param id       stable id
 * @param question as a reader would ask it
 * @param answer   a verbatim substring of the issue text, or null when the issues do not answer it
 * @param seeds    the issue files that hold the answer (empty when unanswerable)
 * @param kind     fact, number, who, when, title, why_how, multi, en or none
 */
public record EvalQuestion(String id, String question, String answer, List<String> seeds, String kind) {

  public EvalQuestion {
    seeds = List.copyOf(seeds);
  }

  public boolean answerable() {
    return answer != null;
  }
}
