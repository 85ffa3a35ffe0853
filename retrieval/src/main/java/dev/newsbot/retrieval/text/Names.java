package dev.newsbot.retrieval.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a run of Chinese characters reads as a person's name: two or three characters starting
 * with a common surname (three or four with a compound one), not ending like a place or a body
 * ("高新区" and "石峰区" start with surnames and are none). Surnames and endings are word lists.
 */
public final class Names {

  private static final String SURNAMES = Lexicon.characters("surnames");
  private static final List<String> COMPOUND = Lexicon.zh("surnames").stream().filter(s -> s.length() == 2).toList();
  private static final List<String> ENDS = Lexicon.zh("name-ends");
  private static final Pattern HAN_RUN = Pattern.compile("^[\\p{IsHan}]{2,4}$");

  private Names() {}

  /**
   * Whether a run reads as a name where the text says it is one (after a byline's role, before
   * "摄", after a signature's mark): two or three characters (four with a compound surname), not
   * ending like a place or a body, whatever the surname: a paper's people have rare surnames too.
   */
  public static boolean isNameWhereOneIsDue(CharSequence run) {
    String s = run.toString();
    if (!HAN_RUN.matcher(s).matches() || ENDS.stream().anyMatch(s::endsWith)) {
      return false;
    }
    return s.length() <= 3 || COMPOUND.stream().anyMatch(s::startsWith);
  }

  /** Whether a run ends like a place, a body or a unit ("某某区", "某某党校", "某某局"): a signature's unit. */
  public static boolean endsLikeUnit(CharSequence run) {
    String s = run.toString();
    return ENDS.stream().anyMatch(s::endsWith);
  }

  public static boolean isName(CharSequence run) {
    String s = run.toString();
    if (!HAN_RUN.matcher(s).matches()) {
      return false;
    }
    for (String end : ENDS) {
      if (s.endsWith(end)) {
        return false;
      }
    }
    if (COMPOUND.stream().anyMatch(s::startsWith)) {
      return s.length() >= 3;
    }
    return SURNAMES.indexOf(s.charAt(0)) >= 0 && s.length() <= 3;
  }
}
