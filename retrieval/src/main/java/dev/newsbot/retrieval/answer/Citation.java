package dev.newsbot.retrieval.answer;

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
 * @param author       who the article credits for the quoted text: its writers ("马文章", "市委党校
 *                     管理学教研部 邓莹璐"), for a photo caption its photographer; "" when none
 * @param page         the page the quote is printed on, 0 when the issue does not say
 * @param byline       who a reply names after the headline when this quote begins its article's
 *                     line, {@link Byline#NONE} when nobody
 * @param section      the subhead printed above the quoted paragraph, "" when the article has none
 *                     there: staff checking a long story find the quote under it
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
    String quote,
    String author,
    int page,
    Byline byline,
    String section) {

  public Citation {
    byline = byline == null ? Byline.NONE : byline;
    section = section == null ? "" : section;
  }

  public Citation(int n, String issue, String paper, LocalDate date, boolean dateInferred, String title,
      int paragraph, int start, int end, String quote, String author, int page, Byline byline) {
    this(n, issue, paper, date, dateInferred, title, paragraph, start, end, quote, author, page, byline, "");
  }

  public Citation(int n, String issue, String paper, LocalDate date, boolean dateInferred, String title,
      int paragraph, int start, int end, String quote, String author, int page) {
    this(n, issue, paper, date, dateInferred, title, paragraph, start, end, quote, author, page, Byline.NONE);
  }

  public Citation(int n, String issue, String paper, LocalDate date, boolean dateInferred, String title,
      int paragraph, int start, int end, String quote) {
    this(n, issue, paper, date, dateInferred, title, paragraph, start, end, quote, "", 0);
  }
}
