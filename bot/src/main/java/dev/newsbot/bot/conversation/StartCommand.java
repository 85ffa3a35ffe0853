package dev.newsbot.bot.conversation;

import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.ArticleLead;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code /start}: what the bot is, which issues it has read, and questions to try. */
public final class StartCommand implements Command {

  /** Issues listed one by one; beyond this only the range is given. */
  public static final int LISTED = 10;
  /** Questions to try, made from the newest issue's first headlines. */
  public static final int EXAMPLES = 3;

  private final NewsIndex index;

  public StartCommand(NewsIndex index) {
    this.index = index;
  }

  @Override
  public String name() {
    return "start";
  }

  @Override
  public String description(Messages ui) {
    return ui.text("command.start");
  }

  @Override
  public void run(Conversation c, String args) {
    c.reply(text(index.issues(), headlines(index), c.ui()));
  }

  /** The newest issue's first headlines: what the questions to try ask about. */
  public static List<String> headlines(NewsIndex index) {
    return index.latest().map(l -> l.articles().stream().map(ArticleLead::title).limit(EXAMPLES).toList())
        .orElse(List.of());
  }

  /**
   * What /start says: the issues read and questions to try, each about one of {@code headlines}
   * (so they are questions the index answers, whatever paper it holds).
   */
  public static List<Block> text(List<IssueInfo> issues, List<String> headlines, Messages ui) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.of(Span.bold(ui.text("start.hello"))));
    if (issues.isEmpty()) {
      blocks.add(Block.plain(ui.text("start.empty")));
      return blocks;
    }
    blocks.add(Block.plain(ui.text("start.read", issues.size(), range(issues, ui)) + "\n"
        + String.join("\n", issueLines(issues, ui))));
    List<String> lines = new ArrayList<>();
    lines.add(ui.text("start.try"));
    headlines.forEach(h -> lines.add("• " + ui.text("start.example", h)));
    blocks.add(Block.lines(lines));
    blocks.add(Block.plain(ui.text("start.buttons")));
    return blocks;
  }

  /** The newest issues, one line each: date and paper. */
  public static List<String> issueLines(List<IssueInfo> issues, Messages ui) {
    List<String> lines = new ArrayList<>();
    int from = Math.max(0, issues.size() - LISTED);
    if (from > 0) {
      lines.add(ui.text("start.earlier", from));
    }
    for (IssueInfo i : issues.subList(from, issues.size())) {
      lines.add("• " + ui.day(i.date(), i.dateInferred()) + " " + i.paper());
    }
    return lines;
  }

  private static String range(List<IssueInfo> issues, Messages ui) {
    List<LocalDate> dates = issues.stream().map(IssueInfo::date).filter(Objects::nonNull).sorted().toList();
    if (dates.isEmpty()) {
      return "";
    }
    LocalDate first = dates.get(0);
    LocalDate last = dates.get(dates.size() - 1);
    return first.equals(last) ? ui.text("start.rangeOne", first) : ui.text("start.range", first, last);
  }
}
