package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Lexicon;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year a question names relative to the paper ("去年一季度新增几户", "last year's figure"): the
 * issue's year before, which a quote gives as "去年", "上年" or that year by number. An article that
 * gives only this year's figure ("一季度新增2.4万户，同比增长8%") does not answer for last year's.
 */
final class RelativeYear {

  private static final Pattern LAST_YEAR = Lexicon.rule("relative-years", "last-year-asked");
  private static final Pattern YEAR_BEFORE_LAST = Lexicon.rule("relative-years", "year-before-last-asked");
  private static final Pattern SAID_LAST_YEAR = Lexicon.rule("relative-years", "last-year-said");
  private static final Pattern SAID_YEAR_BEFORE_LAST = Lexicon.rule("relative-years", "year-before-last-said");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

  private RelativeYear() {}

  /**
   * Why the quotes do not give the figure for the year asked, or null: the question asks for the
   * year before the issue's (or the one before that) and the quotes name it neither so nor by
   * number. Null when the issue's date is unknown or no relative year is asked.
   */
  static String violatedBy(String foldedQuestion, String foldedQuotes, LocalDate issueDate) {
    if (issueDate == null) {
      return null;
    }
    int back = YEAR_BEFORE_LAST.matcher(foldedQuestion).find() ? 2 : LAST_YEAR.matcher(foldedQuestion).find() ? 1 : 0;
    if (back == 0) {
      return null;
    }
    Pattern said = back == 2 ? SAID_YEAR_BEFORE_LAST : SAID_LAST_YEAR;
    if (said.matcher(foldedQuotes).find()) {
      return null;
    }
    int wanted = issueDate.getYear() - back;
    Matcher y = YEAR.matcher(foldedQuotes);
    while (y.find()) {
      if (Integer.parseInt(y.group(1)) == wanted) {
        return null;
      }
    }
    return "not the year asked (" + wanted + ")";
  }
}
