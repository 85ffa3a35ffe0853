package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the words around the quotes, in the question's language. */
final class AnswerText {

  private AnswerText() {}

  /**
   * "据《headline》（author, date）：“quote”[1]“quote”[2]", one line per article. The author is named
   * when the article is signed by one (a commentary, a reader's proposal), not for staff bylines.
   * {@code meant}, when not null, is the day the first quote names without its year, stated after
   * it: "“昨天上午,…”[1]（即2024年1月20日）".
   */
  static String quoted(List<Citation> citations, Map<Integer, String> authors, LocalDate meant, Language language) {
    StringBuilder sb = new StringBuilder();
    String article = null;
    for (Citation c : citations) {
      String key = c.issue() + "\u0000" + c.title();
      if (!key.equals(article)) {
        if (article != null) {
          sb.append('\n');
        }
        article = key;
        String about = String.join(language == Language.ENGLISH ? ", " : "，", nonEmpty(
            authors.getOrDefault(c.n(), ""), c.date() == null ? "" : c.date().toString()));
        if (language == Language.ENGLISH) {
          sb.append("According to 《").append(c.title()).append("》");
          sb.append(about.isEmpty() ? "" : " (" + about + ")").append(": ");
        } else {
          sb.append("据《").append(c.title()).append("》");
          sb.append(about.isEmpty() ? "" : "（" + about + "）").append("：");
        }
      }
      sb.append('“').append(c.quote()).append('”').append('[').append(c.n()).append(']');
      if (meant != null && c.n() == 1) {
        sb.append(language == Language.ENGLISH
            ? " (that is, " + meant.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + ")"
            : "（即" + meant.getYear() + "年" + meant.getMonthValue() + "月" + meant.getDayOfMonth() + "日）");
      }
    }
    return sb.toString();
  }

  private static List<String> nonEmpty(String... parts) {
    return java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
  }

  static String notFound(Language language, boolean hasSuggestions) {
    if (language == Language.ENGLISH) {
      return "The indexed issues of the paper did not report that."
          + (hasSuggestions ? " The closest articles are listed below." : "");
    }
    return "报纸已收录的各期没有报道这一内容。" + (hasSuggestions ? "最接近的文章如下：" : "");
  }

  static String unusable(Language language, boolean english) {
    return english || language == Language.ENGLISH
        ? "Please ask a question about the news, in a sentence (Chinese or English)."
        : "请用一句话提问报纸上的内容，例如某件事的时间、地点、人物或数字。";
  }
}
