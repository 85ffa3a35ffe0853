package dev.newsbot.bot.telegram;

import java.util.List;

/** {@code /help}: how to ask, what the buttons do, and the commands. */
final class HelpCommand implements Command {

  @Override
  public String name() {
    return "help";
  }

  @Override
  public String description(Ui ui) {
    return ui == Ui.ENGLISH ? "How to use me" : "使用说明";
  }

  @Override
  public void run(Conversation c, String args) {
    c.reply(text(c.appUi()));
  }

  static List<Block> text(Ui ui) {
    if (ui == Ui.ENGLISH) {
      return List.of(
          Block.of(Span.bold("How to use me")),
          Block.plain("Send a question about the news in one sentence. I answer only with sentences quoted from the "
              + "paper, numbered [1] [2], and list where each comes from: headline, paper, date and paragraph. "
              + "If the paper did not report it, I say so and suggest the closest articles."),
          Block.plain("Buttons under an answer:\n• [n] Source: the whole paragraph, the quote in bold\n"
              + "• 👍 / 👎: tell us whether the answer helped"),
          Block.plain("In groups I answer only when you mention me, reply to one of my messages, or use "
              + "/ask your question."),
          Block.plain("Commands:\n/start: what I know\n/sources: the issues I have read\n/ask: ask in a group\n"
              + "/help: this text\n/reindex: re-read the issues folder (admins only)\n"
              + "/stats: questions, votes and index size (admins only)"),
          Block.plain("Admins add an issue by sending me its e-paper PDF or its text file (.txt, UTF-8, GB18030 or UTF-16)."));
    }
    return List.of(
        Block.of(Span.bold("使用说明")),
        Block.plain("用一句话问报纸上的内容。我只用报纸原文回答，引文标 [1] [2]，并列出每句的出处：标题、报纸、日期和第几段。"
            + "报纸没有报道的内容，我会直接说没有找到，并列出最接近的文章。"),
        Block.plain("答案下面的按钮：\n• [n] 原文：显示整段原文，引用的句子加粗\n• 👍 / 👎：告诉我们答案有没有帮助"),
        Block.plain("在群里，只有 @我、回复我的消息或用 /ask 问题 时我才回答。"),
        Block.plain("命令：\n/start：我知道什么\n/sources：已收录的各期报纸\n/ask：在群里提问\n/help：本说明\n"
            + "/reindex：重新读取报纸文件夹（仅管理员）\n/stats：问答、评价和索引统计（仅管理员）"),
        Block.plain("管理员把某期报纸的电子版 PDF 或文本文件（.txt，UTF-8、GB18030 或 UTF-16）发给我，就能收录这一期。"));
  }
}
