package dev.newsbot.bot.telegram;

import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code /start}: what the bot is, which issues it has read, and questions to try. */
final class StartCommand implements Command {

  /** Issues listed one by one; beyond this only the range is given. */
  static final int LISTED = 10;

  /** Questions the seed issues answer; keep them in step with what the index holds. */
  static final List<String> EXAMPLES = List.of(
      "考书画等级要在哪个网站上报名？",
      "株洲青商会是哪年成立的？",
      "报亭社区剪纸活动请的哪位老师来教？");

  private final NewsIndex index;

  StartCommand(NewsIndex index) {
    this.index = index;
  }

  @Override
  public String name() {
    return "start";
  }

  @Override
  public String description(Ui ui) {
    return ui == Ui.ENGLISH ? "What I know and how to ask" : "介绍：我读过哪些报纸、怎么提问";
  }

  @Override
  public void run(Conversation c, String args) {
    c.reply(text(index.issues(), c.appUi()));
  }

  static List<Block> text(List<IssueInfo> issues, Ui ui) {
    boolean en = ui == Ui.ENGLISH;
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.of(Span.bold(en ? "Hello! I answer questions about the local paper, quoting it word for word."
        : "你好！我是本地报纸问答机器人，回答时逐字引用报纸原文，并注明出处。")));
    if (issues.isEmpty()) {
      blocks.add(Block.plain(en ? "I have not read any issue yet, so I cannot answer questions for now. "
          + "Please tell the bot's admins." : "我还没有收录任何一期报纸，暂时无法回答问题。请联系管理员。"));
      return blocks;
    }
    blocks.add(Block.plain((en ? "I have read " + issues.size() + " issue(s)" : "我读过 " + issues.size() + " 期报纸")
        + range(issues, ui) + (en ? ":" : "：") + "\n" + String.join("\n", issueLines(issues, ui))));
    List<String> lines = new ArrayList<>();
    lines.add(en ? "Just send me a question, for example (Chinese questions find the most, the paper being Chinese):"
        : "直接把问题发给我就行，例如：");
    EXAMPLES.forEach(q -> lines.add("• " + q));
    blocks.add(Block.lines(lines));
    blocks.add(Block.plain(en
        ? "Tap a [n] Source button under an answer to read the whole paragraph, and 👍 / 👎 to tell me how I did. "
            + "In a group, mention me or use /ask. More in /help."
        : "点答案下面的“[n] 原文”按钮可以查看整段原文，用 👍 / 👎 告诉我答得好不好。在群里请 @我 或用 /ask 提问。更多说明见 /help。"));
    return blocks;
  }

  /** The newest issues, one line each: "2024-01-21 株洲日报". */
  static List<String> issueLines(List<IssueInfo> issues, Ui ui) {
    List<String> lines = new ArrayList<>();
    int from = Math.max(0, issues.size() - LISTED);
    if (from > 0) {
      lines.add(ui == Ui.ENGLISH ? "… and " + from + " earlier; the newest:" : "……另有 " + from + " 期较早的，最新的是：");
    }
    for (IssueInfo i : issues.subList(from, issues.size())) {
      lines.add("• " + (i.date() == null ? ui.dateUnknown() : i.date() + (i.dateInferred() ? ui.inferred() : ""))
          + " " + i.paper());
    }
    return lines;
  }

  private static String range(List<IssueInfo> issues, Ui ui) {
    List<LocalDate> dates = issues.stream().map(IssueInfo::date).filter(Objects::nonNull).sorted().toList();
    if (dates.isEmpty()) {
      return "";
    }
    LocalDate first = dates.get(0);
    LocalDate last = dates.get(dates.size() - 1);
    if (first.equals(last)) {
      return ui == Ui.ENGLISH ? ", of " + first : "（" + first + "）";
    }
    return ui == Ui.ENGLISH ? ", from " + first + " to " + last : "（" + first + " 至 " + last + "）";
  }
}
