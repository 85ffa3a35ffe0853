package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Language;
import java.time.LocalDate;

/**
 * One quoted span of an issue file.
 *
 * @param n            the marker number in the answer text, from 1
 * @param issue        the issue's file name under the seeds folder
 * @param paper        the newspaper's name
 * @param date         the issue's date, or null when unknown
 * @param dateInferred true when the date was read from the text rather than given with the file
 * @param title        the article's headline
 * @param paragraph    the paragraph number within the article, from 1
 * @param start        offset of the quote in the issue text (a Java String), inclusive
 * @param end          offset of the quote's end, exclusive
 * @param quote        the quoted text, whitespace normalised
 */
public record Citation(
    int n,
    String issue,
    String paper,
    LocalDate date,
    boolean dateInferred,
    String title,
    int paragraph,
    int start,
    int end,
    String quote) {

  /** "《headline》, paper, date, paragraph n" in the reader's language. */
  public String source(Language language) {
    String day = date == null ? (language == Language.ENGLISH ? "date unknown" : "日期不详")
        : date + (dateInferred ? (language == Language.ENGLISH ? " (inferred)" : "（推断）") : "");
    return language == Language.ENGLISH
        ? "《" + title + "》, " + paper + ", " + day + ", paragraph " + paragraph
        : "《" + title + "》，" + paper + "，" + day + "，第" + paragraph + "段";
  }
}
