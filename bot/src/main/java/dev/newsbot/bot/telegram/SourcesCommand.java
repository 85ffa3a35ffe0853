package dev.newsbot.bot.telegram;

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
  public String description(Ui ui) {
    return ui == Ui.ENGLISH ? "The issues I have read" : "已收录的各期报纸";
  }

  @Override
  public void run(Conversation c, String args) {
    c.reply(text(index.issues(), c.appUi()));
  }

  static List<Block> text(List<IssueInfo> issues, Ui ui) {
    boolean en = ui == Ui.ENGLISH;
    if (issues.isEmpty()) {
      return List.of(Block.plain(en ? "No issue is indexed yet." : "还没有收录任何一期报纸。"));
    }
    List<Block> blocks = new ArrayList<>();
    int articles = issues.stream().mapToInt(IssueInfo::articles).sum();
    blocks.add(Block.of(Span.bold(en ? issues.size() + " issue(s), " + articles + " articles"
        : "共 " + issues.size() + " 期，" + articles + " 篇文章")));
    for (IssueInfo i : issues) {
      String day = i.date() == null ? ui.dateUnknown() : i.date() + (i.dateInferred() ? ui.inferred() : "");
      blocks.add(new Block.Builder().bold(day + " " + i.paper())
          .plain("\n" + (en ? i.articles() + " articles · file " : i.articles() + " 篇文章 · 文件 ") + i.issue())
          .build());
    }
    return blocks;
  }
}
