package dev.newsbot.bot.conversation;

import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.CitedParagraph;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.text.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How answers and cited paragraphs read, as neutral blocks that each way of talking lays out
 * (Telegram's pages of HTML, the console's plain text): the answer with its [n] markers, then
 * the numbered sources; for a "not found", the question it could not answer and the closest
 * headlines.
 */
public final class AnswerView {

  /** Questions echoed in a "not found" reply are cut to this length. */
  public static final int ECHO_CHARS = 200;

  private AnswerView() {}

  public static List<Block> answer(Answer a) {
    return answer(a, Messages.of(a.language()));
  }

  /**
   * The answer in {@code ui}'s words: for a Traditional reader, the words around the quotes in
   * Traditional characters, the quotes and headlines as printed.
   */
  public static List<Block> answer(Answer a, Messages ui) {
    if (ui != Messages.TRADITIONAL || a.language() == Language.ENGLISH) {
      ui = Messages.of(a.language());
    }
    List<Block> blocks = new ArrayList<>();
    if (a.abstained() && a.question().codePoints().anyMatch(Character::isLetterOrDigit)) {
      blocks.add(Block.of(Span.plain(ui.notFoundFor()), Span.italic(cut(a.question(), ECHO_CHARS))));
    }
    blocks.add(Block.plain(ui.script(AnswerText.of(a))));
    if (!a.citations().isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (Citation c : a.citations()) {
        lines.add("[" + c.n() + "] " + ui.script(AnswerText.source(c, Messages.of(a.language()))));
      }
      blocks.add(new Block.Builder().bold(ui.sourcesHeading()).plain("\n" + String.join("\n", lines)).build());
    }
    if (!a.closestHeadlines().isEmpty()) {
      blocks.add(Block.lines(a.closestHeadlines().stream().map(t -> "• 《" + t + "》").toList()));
    }
    return blocks;
  }

  /** The whole paragraph around a quote, the quote in bold, with headline, paper, date and file. */
  public static List<Block> paragraph(CitedParagraph p, Messages ui) {
    return List.of(
        Block.of(Span.bold("《" + p.title() + "》")),
        Block.plain(p.paper() + " · " + day(p.date(), false, ui) + " · " + ui.paragraphLabel(p.paragraph()) + "\n"
            + ui.issueFileLabel() + p.issue()),
        Block.of(Span.plain(p.before()), Span.bold(p.quote()), Span.plain(p.after())));
  }

  /** When the issue changed since the answer: the quote as stored with the answer. */
  public static List<Block> storedQuote(Citation c, Messages ui) {
    return List.of(
        Block.of(Span.bold("《" + c.title() + "》")),
        Block.plain(c.paper() + " · " + day(c.date(), c.dateInferred(), ui) + " · " + ui.paragraphLabel(c.paragraph())
            + "\n" + ui.issueFileLabel() + c.issue()),
        Block.plain(ui.paragraphGone()),
        Block.of(Span.bold(c.quote())));
  }

  private static String day(LocalDate date, boolean inferred, Messages ui) {
    return date == null ? ui.dateUnknown() : date + (inferred ? ui.inferred() : "");
  }

  public static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
  }
}
