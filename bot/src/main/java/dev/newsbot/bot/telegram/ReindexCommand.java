package dev.newsbot.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /reindex}: for admins, re-reads the issues (not wired yet); everyone else is refused. */
final class ReindexCommand implements Command {

  private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

  private final TelegramSettings settings;

  ReindexCommand(TelegramSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "reindex";
  }

  @Override
  public String description(Ui ui) {
    return ui == Ui.ENGLISH ? "Re-read the issues (admins only)" : "重新读取报纸（仅管理员）";
  }

  @Override
  public void run(Conversation c, String args) {
    boolean en = c.appUi() == Ui.ENGLISH;
    if (!settings.isAdmin(c.userId())) {
      log.info("/reindex refused for user {}: not an admin", c.userId());
      c.reply(en ? "Sorry, only the bot's admins can reindex." : "抱歉，只有管理员可以重新读取报纸。");
      return;
    }
    log.info("/reindex asked by admin {}: not available yet", c.userId());
    c.reply(en ? "Reindexing from Telegram is not available yet: run the index command on the server for now."
        : "在 Telegram 里重新读取报纸的功能还没有开通，目前请在服务器上运行 index 命令。");
  }
}
