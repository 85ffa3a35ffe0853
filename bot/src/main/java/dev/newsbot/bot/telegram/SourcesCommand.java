package dev.newsbot.bot.telegram;

import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import java.util.ArrayList;
import java.util.List;

/** {@code /sources}: every indexed issue with its date, file and article count. */
final class SourcesCommand implements Command {

  private final NewsIndex index;

  SourcesCommand(NewsIndex index) {
    this.index = index;
  }

  @Override
  public String name() {
    return "sources";
  }

  @Override
  public String description(Messages ui) {
    return ui.text("command.sources");
  }

  @Override
  public void run(Conversation c, String args) {
    c.reply(text(index.issues(), c.ui()));
  }

  static List<Block> text(List<IssueInfo> issues, Messages ui) {
    if (issues.isEmpty()) {
      return List.of(Block.plain(ui.text("sources.none")));
    }
    List<Block> blocks = new ArrayList<>();
    int articles = issues.stream().mapToInt(IssueInfo::articles).sum();
    blocks.add(Block.of(Span.bold(ui.text("sources.total", issues.size(), articles))));
    for (IssueInfo i : issues) {
      blocks.add(new Block.Builder().bold(ui.day(i.date(), i.dateInferred()) + " " + i.paper())
          .plain("\n" + ui.text("sources.issue", i.articles(), i.issue()))
          .build());
    }
    return blocks;
  }
}
