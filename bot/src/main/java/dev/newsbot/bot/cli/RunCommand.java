package dev.newsbot.bot.cli;

import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.config.Setting;
import dev.newsbot.bot.telegram.TelegramBot;
import dev.newsbot.bot.telegram.TelegramSettings;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.search.SearchMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code run}: the Telegram bot, by long polling, until stopped. */
@Command(name = "run", description = "Run the Telegram bot (needs telegram.token).")
final class RunCommand implements Callable<Integer> {

  @ParentCommand
  NewsbotCommand parent;

  @Override
  public Integer call() throws InterruptedException {
    return runWith(parent);
  }

  Integer runWith(NewsbotCommand top) throws InterruptedException {
    Config config = top.config();
    if (config.token().isEmpty()) {
      throw new UserError("telegram.token is not set: put NEWSBOT_TELEGRAM_TOKEN=<token from @BotFather> in the"
          + " environment, or run without 'run' to get the console chat");
    }
    try (NewsIndex index = Indexes.openReady(config, SearchMode.HYBRID, System.err)) {
      TelegramBot.run(settings(config), index, IssueIntake.of(config, index));
      return 0;
    }
  }

  static TelegramSettings settings(Config config) {
    return new TelegramSettings(config.token(), config.get(Setting.TELEGRAM_API_URL), config.adminUserIds(),
        config.dataDir(), (int) config.number(Setting.TELEGRAM_WORKERS),
        (int) config.number(Setting.QUESTIONS_PER_MINUTE), (int) config.number(Setting.QUESTION_MAX_CHARS),
        config.number(Setting.UPLOAD_MAX_BYTES));
  }
}
