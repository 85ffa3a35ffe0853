package dev.newsbot.bot.conversation;

import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;

/** {@code /sources}: every indexed issue with its date, file and article count. */
public final class SourcesCommand implements Command {

  private final NewsIndex index;

  public SourcesCommand(NewsIndex index) {
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
    c.reply(IssuesView.sources(index.issues(), c.ui()));
  }
}
