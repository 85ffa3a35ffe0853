package dev.newsbot.bot.cli;

import dev.newsbot.bot.launch.FatalErrors;
import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.health.HealthServer;
import dev.newsbot.bot.health.IndexCheck;
import dev.newsbot.bot.health.Metrics;
import dev.newsbot.bot.telegram.TelegramBot;
import dev.newsbot.bot.telegram.TelegramSettings;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.search.SearchMode;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code run}: the Telegram bot, by long polling, until stopped; with {@code /healthz} and
 * {@code /metrics} for its supervisor (health.*), up from the start ("starting" until the index is open).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the Telegram bot (needs telegram.token).")
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
    LoggerFactory.getLogger(RunCommand.class).info("settings: {}", config);
    Metrics metrics = new Metrics();
    HealthServer health = config.healthEnabled()
        ? HealthServer.start(config.healthHost(), config.healthPort(), metrics) : null;
    try (NewsIndex index = Indexes.openReady(config, SearchMode.HYBRID, System.err)) {
      TelegramBot bot = TelegramBot.start(TelegramSettings.of(config), index, IssueIntake.of(config, index), metrics);
      Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "newsbot-shutdown"));
      metrics.watch(index::state);
      if (health != null) {
        health.ready(List.of(bot::pollingProblem, new IndexCheck(index)));
      }
      bot.awaitClose();
      return 0;
    } finally {
      if (health != null) {
        health.close();
      }
    }
  }
}
