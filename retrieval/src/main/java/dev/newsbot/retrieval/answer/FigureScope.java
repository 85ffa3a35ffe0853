package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Lexicon;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scope of a figure: a question that asks for the whole city's (or the country's) count is not
 * answered by a sentence whose figure is a county's, the province's or the country's. A constraint
 * of its own beside {@link Constraints}, which keeps the slots a question names.
 */
final class FigureScope {

  /** What a count covers: the country, the province, the city ("全国", "全省", "全市", "我市"). */
  private static final Pattern SCOPE = Pattern.compile("全国|全省|全市|我市|全区|全县");
  /** A county, district or city that can stand for the scope of a figure ("炎陵县共接待游客…"). */
  private static final Pattern LOCAL_SCOPE = Pattern.compile("[\\p{IsHan}]{1,3}(?:县|区)(?!委|政府|人民)");
  private static final List<String> GENERIC_AREAS = Lexicon.zh("generic-areas");
  /** Bodies with a scope word in their name ("全国妇联", "全省人大"): no scope of a figure. */
  private static final Pattern SCOPE_NAMES = Pattern.compile("(?:全国|全省|全市)(?:妇联|人大|政协|总工会|工商联|两会|劳模|文明|重点|先进)");
  private static final Pattern A_FIGURE = Pattern.compile("[0-9]|[一二三四五六七八九十百千万亿两]+\\s*(?:余|多)?\\s*[个名家人辆所座万亿元户]");

  private FigureScope() {}

  /**
   * Why the quotes that hold a figure give it for another scope than the question asks, or null:
   * the country asked and a quote without 全国; the city asked and a quote for the country, the
   * province or a county by name.
   */
  static String mismatch(List<String> foldedQuotes, String foldedQuestion) {
    Matcher asked = SCOPE.matcher(foldedQuestion);
    String scope = asked.find() ? asked.group() : null;
    boolean wholeCity = scope != null && !scope.equals("全国") && !scope.equals("全省");
    for (String q : foldedQuotes) {
      if (!A_FIGURE.matcher(q).find()) {
        continue;
      }
      String sentence = SCOPE_NAMES.matcher(q).replaceAll("");
      if (scope != null && scope.equals("全国") && !sentence.contains("全国")) {
        return "no figure for the country";
      }
      if (wholeCity && (sentence.contains("全国") || sentence.contains("全省")
          || (namesLocalArea(sentence) && !SCOPE.matcher(sentence).find()))) {
        return "a figure for another scope";
      }
    }
    return null;
  }

  /** A county or district by name ("炎陵县", "芦淞区"), not a kind of area ("城区", "社区"). */
  private static boolean namesLocalArea(String text) {
    Matcher m = LOCAL_SCOPE.matcher(text);
    while (m.find()) {
      String area = m.group();
      if (GENERIC_AREAS.stream().noneMatch(area::endsWith)) {
        return true;
      }
    }
    return false;
  }
}
