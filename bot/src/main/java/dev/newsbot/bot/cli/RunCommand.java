package dev.newsbot.bot.cli;

import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.telegram.FatalErrors;
import dev.newsbot.bot.telegram.TelegramBot;
import dev.newsbot.bot.telegram.TelegramSettings;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.search.SearchMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code run}: the Telegram bot, by long polling, until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the Telegram bot (needs telegram.token).")
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
    FatalErrors.installForEveryThread();
    try (NewsIndex index = Indexes.openReady(config, SearchMode.HYBRID, System.err)) {
      TelegramBot.run(TelegramSettings.of(config), index, IssueIntake.of(config, index));
      return 0;
    }
  }

}
