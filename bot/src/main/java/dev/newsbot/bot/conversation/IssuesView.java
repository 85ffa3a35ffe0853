package dev.newsbot.bot.conversation;

import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.IssueInfo;
import java.util.ArrayList;
import java.util.List;

/** The indexed issues as {@code /sources} lists them, in Telegram and in the console chat alike. */
public final class IssuesView {

  private IssuesView() {}

  /** Every indexed issue with its date, paper, article count and file; a line when there is none. */
  public static List<Block> sources(List<IssueInfo> issues, Messages ui) {
    if (issues.isEmpty()) {
      return List.of(Block.plain(ui.text("sources.none")));
    }
    List<Block> blocks = new ArrayList<>();
    int articles = issues.stream().mapToInt(IssueInfo::articles).sum();
    blocks.add(Block.of(Span.bold(ui.text("sources.total", issues.size(), articles))));
    for (IssueInfo i : issues) {
      blocks.add(new Block.Builder().bold(ui.day(i.date(), i.dateInferred()) + " " + i.paper())
          .plain("\n" + (i.pages().isEmpty() ? ui.text("sources.issue", i.articles(), i.issue())
              : ui.text("sources.issuePages", i.articles(), pages(i.pages()), i.issue())))
          .build());
    }
    return blocks;
  }

  /** "1–4" for pages that follow on, else "1, 3, 4". */
  static String pages(List<Integer> pages) {
    boolean run = pages.get(pages.size() - 1) - pages.get(0) == pages.size() - 1;
    return run && pages.size() > 1 ? pages.get(0) + "–" + pages.get(pages.size() - 1)
        : String.join(", ", pages.stream().map(String::valueOf).toList());
  }
}
