package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Language;
import java.time.LocalDate;
import java.util.List;

/**
 * What newsbot found for one question, as structure the bot words: the quotes with their
 * sources, or an honest abstention with the closest headlines.
 *
 * @param question         the question as asked
 * @param outcome          whether the reply quotes the paper, and if not, why
 * @param language         the language the reply is to be written in
 * @param citations        the quoted sources, numbered from 1 in the order they are quoted
 * @param passages         the retrieved passages, best first (at most ten)
 * @param closestHeadlines when abstaining: headlines of the nearest articles, for the reader to try
 * @param meant            the day the first quote names without its year ("昨天上午"), for a reply to
 *                         state after it; null when the question asks no "when" or the quote names no day
 */
public record Answer(
    String question,
    Outcome outcome,
    Language language,
    List<Citation> citations,
    List<Passage> passages,
    List<String> closestHeadlines,
    LocalDate meant) {

  /** What kind of reply an answer is. */
  public enum Outcome {
    /** The reply quotes the paper. */
    QUOTED,
    /** The indexed issues do not report it; the closest headlines, if any, are offered. */
    NOT_FOUND,
    /** The input held no question (empty, only emoji or punctuation). */
    UNUSABLE,
    /** The index could not be searched: nothing the asker did wrong. */
    FAILED
  }

  public Answer {
    citations = List.copyOf(citations);
    passages = List.copyOf(passages);
    closestHeadlines = List.copyOf(closestHeadlines);
  }

  /** An answer that quotes {@code citations} and names no day. */
  public static Answer quoted(String question, Language language, List<Citation> citations) {
    return new Answer(question, Outcome.QUOTED, language, citations, List.of(), List.of(), null);
  }

  /** True when the indexed issues do not answer the question. */
  public boolean abstained() {
    return outcome != Outcome.QUOTED;
  }
}
