package dev.newsbot.bot.conversation;

import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Byline;
import dev.newsbot.retrieval.answer.Citation;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The words of a reply around the paper's quotes, from the message catalog of the answer's
 * language: "据《headline》（author，date）：“quote”[1]“quote”[2]", one line per article, or why
 * nothing is quoted; and each source's line.
 */
public final class AnswerText {

  private AnswerText() {}

  /** The reply without its source list, in the answer's language. */
  public static String of(Answer a) {
    Messages ui = Messages.of(a.language());
    return switch (a.outcome()) {
      case QUOTED -> quoted(a.citations(), a.meant(), ui);
      case NOT_FOUND -> ui.text("answer.notFound") + (a.closestHeadlines().isEmpty() ? "" : ui.text("answer.closestBelow"));
      case UNUSABLE -> ui.text("answer.unusable");
      case FAILED -> ui.text("answer.failed");
    };
  }

  /**
   * The author is named when the article is signed by one (a commentary, a reader's proposal),
   * not for staff bylines; the day the first quote names without its year is stated after it:
   * "“昨天上午,…”[1]（即2024年1月20日）".
   */
  private static String quoted(List<Citation> citations, LocalDate meant, Messages ui) {
    StringBuilder sb = new StringBuilder();
    String article = null;
    for (Citation c : citations) {
      String key = c.issue() + "\u0000" + c.title();
      if (!key.equals(article)) {
        if (article != null) {
          sb.append('\n');
        }
        article = key;
        String about = String.join(ui.text("answer.aboutJoin"), Stream.of(byline(c.byline(), ui),
            c.date() == null ? "" : c.date().toString()).filter(p -> !p.isEmpty()).toList());
        sb.append(ui.text("answer.according", c.title()));
        sb.append(about.isEmpty() ? "" : ui.text("answer.about", about)).append(ui.text("answer.colon"));
      }
      sb.append('“').append(c.quote()).append('”').append('[').append(c.n()).append(']');
      if (meant != null && c.n() == 1) {
        // English names the month ("20 January 2024"), Chinese numbers it ("2024年1月20日").
        Object month = ui == Messages.ENGLISH ? meant.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            : meant.getMonthValue();
        sb.append(ui.text("answer.meant", meant.getYear(), month, meant.getDayOfMonth()));
      }
    }
    return sb.toString();
  }

  private static String byline(Byline b, Messages ui) {
    return switch (b.role()) {
      case NONE -> "";
      case AUTHOR -> ui.text("answer.byAuthor", b.names());
      case PHOTOGRAPHER -> ui.text("answer.byPhotographer", b.names());
    };
  }

  /** "《headline》，paper，date，第p版，第n段，作者：…" ("《headline》, paper, date, page p, paragraph n, by …"). */
  public static String source(Citation c, Messages ui) {
    return ui.text("source.line", c.title(), c.paper(), ui.day(c.date(), c.dateInferred()),
        c.page() > 0 ? ui.text("source.page", c.page()) : "", c.paragraph(),
        c.author().isEmpty() ? "" : ui.text("source.author", c.author()),
        c.section().isEmpty() ? "" : ui.text("source.section", c.section()));
  }
}
