package dev.newsbot.bot.telegram;

import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.retrieval.NewsIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of the end-to-end Telegram tests: the shared index of the seeds (real model), and
 * for each test a fresh fake Bot API and the real bot polling it, with {@code bot.db} in a
 * temporary folder.
 */
abstract class BotOnSeeds {

  static NewsIndex index;

  @TempDir
  Path dataDir;
  FakeBotApi api;
  TelegramBot bot;

  @BeforeAll
  static void openTheSharedIndex() {
    index = SeedIndex.shared();
  }

  @BeforeEach
  void startTheBot() throws Exception {
    api = new FakeBotApi();
    bot = TestBots.start(api, dataDir, index);
  }

  @AfterEach
  void stopTheBot() {
    bot.close();
    api.close();
  }
}
