package dev.newsbot.retrieval.answer;

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
   * ("湖南日望科技集团有限公司…。…公司董事长彭军介绍"), its holder named within a clause after it
   * ("副省长,省公安厅党委书记、厅长王一鸥", "执行会长的朱从鹤").
   */
  boolean namedNear(String folded) {
    return (organisation == null || folded.contains(organisation)) && namedLoosely.matcher(folded).find();
  }

  boolean heldNear(String folded) {
    return (organisation == null || folded.contains(organisation)) && office.matcher(folded).find();
  }

  static Office of(String foldedQuestion) {
    Matcher m = AnswerType.ASKS_OFFICE.matcher(foldedQuestion);
    if (!m.find()) {
      return null;
    }
    String office = (m.group(2) == null ? "(?<!副)" : "副") + m.group(3);
    Pattern named = Pattern.compile(office + "\\s*[" + AnswerType.SURNAMES + "][\\p{IsHan}]");
    Pattern loosely = Pattern.compile(office + "[^。！？，,；;]{0,16}?[" + AnswerType.SURNAMES + "][\\p{IsHan}]");
    String organisation = m.group(1);
    if (organisation == null || organisation.chars().anyMatch(c -> AnswerType.NOT_ORGANISATION.indexOf(c) >= 0)) {
      return new Office(Pattern.compile(office), named, null, Pattern.compile(office), loosely);
    }
    return new Office(Pattern.compile(Pattern.quote(organisation) + "[^。！？]{0,15}?" + office), named, organisation,
        Pattern.compile(office), loosely);
  }
}
