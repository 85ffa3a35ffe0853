package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Lexicon;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office a question asks the holder of. {@code held}: the office in a text, within 15
 * characters after the organisation's last two ("社局", as in "市人社局党组书记、局长"); "副局长"
 * answers only a question that asks for one. {@code named}: the office followed by a name, a
 * common surname and one or two more characters ("局长潘友", "市委书记曹慧泉").
 */
record Office(Pattern held, Pattern named, String organisation, Pattern office, Pattern namedLoosely) {

  /**
   * Within a paragraph rather than a sentence: the organisation mentioned and the office held
   * ("湖南日望科技集团有限公司…。…公司董事长彭军介绍"), its holder named right after it, after a 的
   * or after its other titles ("厅长王一鸥", "执行会长的朱从鹤", "局长、党组书记潘友"); a surname
   * further on is often a word's character ("由一名副市长担任链长": 任 is no name).
   */
  boolean namedNear(String folded) {
    return (organisation == null || folded.contains(organisation)) && namedLoosely.matcher(folded).find();
  }

  boolean heldNear(String folded) {
    return (organisation == null || folded.contains(organisation)) && office.matcher(folded).find();
  }

  /** Words that make a title another office ("执行会长" is not the 会长): {@code zh/office-qualifiers}. */
  static final String QUALIFIERS = Lexicon.alternation("office-qualifiers");

  /** "是哪位副市长", "哪一位局长": the office after the question word. */
  private static final Pattern ASKS_WHICH_HOLDER = Pattern.compile(
      "(?:哪位|哪一位)(" + QUALIFIERS + ")?(" + Lexicon.alternation("offices") + ")");

  static Office of(String foldedQuestion) {
    Matcher m = AnswerType.ASKS_OFFICE.matcher(foldedQuestion);
    String deputy;
    String asked;
    String organisation;
    if (m.find()) {
      deputy = m.group(2);
      asked = m.group(3);
      organisation = m.group(1);
    } else {
      Matcher which = ASKS_WHICH_HOLDER.matcher(foldedQuestion);
      if (!which.find()) {
        return null;
      }
      deputy = which.group(1);
      asked = which.group(2);
      organisation = null;
    }
    String office = (deputy == null ? "(?<!" + QUALIFIERS + ")" : Pattern.quote(deputy)) + asked;
    Pattern named = Pattern.compile(office + "\\s*[" + AnswerType.SURNAMES + "][\\p{IsHan}]");
    Pattern loosely = Pattern.compile(office + "(?:\\s|的|、[\\p{IsHan}]{2,8}?)?\\s*["
        + AnswerType.SURNAMES + "][\\p{IsHan}]");
    if (organisation == null || organisation.chars().anyMatch(c -> AnswerType.NOT_ORGANISATION.indexOf(c) >= 0)) {
      return new Office(Pattern.compile(office), named, null, Pattern.compile(office), loosely);
    }
    return new Office(Pattern.compile(Pattern.quote(organisation) + "[^。！？]{0,15}?" + office), named, organisation,
        Pattern.compile(office), loosely);
  }
}
