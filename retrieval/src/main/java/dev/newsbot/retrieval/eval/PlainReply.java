package dev.newsbot.retrieval.eval;

import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Byline;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.text.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The reply text an answer makes, without its source list, as the bot words it in Simplified
 * Chinese or English: what evaluation reads for "answer in reply" and "replies under 400
 * characters". The bot renders its replies from its message catalogs; a bot test holds the two
 * to the same text.
 */
public final class PlainReply {

  private PlainReply() {}

  public static String of(Answer a) {
    boolean en = a.language() == Language.ENGLISH;
    return switch (a.outcome()) {
      case QUOTED -> quoted(a.citations(), a.meant(), en);
      case NOT_FOUND -> en
          ? "The indexed issues of the paper did not report that."
              + (a.closestHeadlines().isEmpty() ? "" : " The closest articles are listed below.")
          : "报纸已收录的各期没有报道这一内容。" + (a.closestHeadlines().isEmpty() ? "" : "最接近的文章如下：");
      case UNUSABLE -> en
          ? "Please ask a question about the news, in a sentence (Chinese or English)."
          : "请用一句话提问报纸上的内容，例如某件事的时间、地点、人物或数字。";
      case FAILED -> en
          ? "Sorry, the newspaper index could not be searched just now. Please try again in a minute."
          : "抱歉，报纸索引暂时无法检索，请稍后再试。";
    };
  }

  /** "据《headline》（author, date）：“quote”[1]“quote”[2]", one line per article. */
  private static String quoted(List<Citation> citations, LocalDate meant, boolean en) {
    StringBuilder sb = new StringBuilder();
    String article = null;
    for (Citation c : citations) {
      String key = c.issue() + "\u0000" + c.title();
      if (!key.equals(article)) {
        if (article != null) {
          sb.append('\n');
        }
        article = key;
        String about = String.join(en ? ", " : "，", java.util.stream.Stream.of(byline(c.byline(), en),
            c.date() == null ? "" : c.date().toString()).filter(p -> !p.isEmpty()).toList());
        if (en) {
          sb.append("According to 《").append(c.title()).append("》");
          sb.append(about.isEmpty() ? "" : " (" + about + ")").append(": ");
        } else {
          sb.append("据《").append(c.title()).append("》");
          sb.append(about.isEmpty() ? "" : "（" + about + "）").append("：");
        }
      }
      sb.append('“').append(c.quote()).append('”').append('[').append(c.n()).append(']');
      if (meant != null && c.n() == 1) {
        sb.append(en
            ? " (that is, " + meant.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + ")"
            : "（即" + meant.getYear() + "年" + meant.getMonthValue() + "月" + meant.getDayOfMonth() + "日）");
      }
    }
    return sb.toString();
  }

  private static String byline(Byline b, boolean en) {
    return switch (b.role()) {
      case NONE -> "";
      case AUTHOR -> (en ? "by " : "作者：") + b.names();
      case PHOTOGRAPHER -> (en ? "photo: " : "摄影：") + b.names();
    };
  }
}
