package dev.newsbot.retrieval.eval;

import java.util.List;

/**
 * One question of a development or acceptance set.
 *
 * @param id       stable id
 * @param question as a reader would ask it
 * @param answer   a verbatim substring of the issue text, or null when the issues do not answer it
 * @param seeds    the issue files that hold the answer (empty when unanswerable)
 * @param kind     fact, number, who, when, title, why_how, list, multi, en or none
 * @param language zh, zh-Hant or en, or "" when the file does not say
 * @param headline the headline of the article that answers it, or null when the file does not say
 */
public record EvalQuestion(String id, String question, String answer, List<String> seeds, String kind,
    String language, String headline) {

  public EvalQuestion {
    seeds = List.copyOf(seeds);
    language = language == null ? "" : language;
  }

  public EvalQuestion(String id, String question, String answer, List<String> seeds, String kind) {
    this(id, question, answer, seeds, kind, "", null);
  }

  public boolean answerable() {
    return answer != null;
  }
}
