package dev.newsbot.bot.telegram;

import static dev.newsbot.bot.telegram.TestBots.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.LogCapture;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.retrieval.NewsIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token never shows: not in a log line (failures included), a reply, or an exception message. */
class TokenSecrecyIT {

  static final String SECRET = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1);

  @TempDir
  Path dataDir;

  @Test
  void theTokenAppearsNowhereEvenWhenEverythingFails() throws Exception {
    NewsIndex index = SeedIndex.shared();
    Person ming = Person.user(801, "小明", "zh");
    Room chat = Room.privateWith(ming);
    List<String> exceptionMessages = new ArrayList<>();
    String logs;
    List<Call> calls;
    try (LogCapture capture = new LogCapture(); FakeBotApi api = new FakeBotApi()) {
      try (TelegramBot bot = TestBots.start(api, dataDir, index)) {
        api.fail("getUpdates", 1, 502, "<html>Bad Gateway</html>");
        api.drop("getUpdates", 1);
        api.users.posts(new Room(-100999, "channel", "频道"), "ends the long poll under way");
        api.await(c -> c.method().equals("getupdates") && c.status() == -1, 1, WAIT, "a dropped poll");
        api.rateLimit("sendMessage", 1, 1);
        api.fail("sendMessage", 5, 500, "{\"error_code\":500}");
        api.drop("sendChatAction", 1);
        api.users.says(chat, ming, "考书画等级要在哪个网站上报名？");
        api.users.says(chat, ming, "株洲青商会是哪年成立的？");
        api.awaitSent(ming.id(), 1, WAIT);
        api.users.presses(chat, ming, 3, "src:2:1");
        api.awaitSent(ming.id(), 2, WAIT);
      }
      for (String url : List.of(api.url(), "http://127.0.0.1:1")) {
        try {
          TestBots.start(TelegramSettings.of(url.endsWith(":1") ? FakeBotApi.TOKEN : "42:" + SECRET, dataDir)
              .withApiUrl(url), index, TestBots.FAST).close();
        } catch (IllegalStateException e) {
          for (Throwable t = e; t != null; t = t.getCause()) {
            exceptionMessages.add(String.valueOf(t));
          }
        }
      }
      calls = api.calls();
      logs = capture.text();
    }
    assertThat(logs).contains("Telegram bot @newsbot_test_bot is polling").contains("gave up on sendmessage")
        .contains("getupdates failed: HTTP 502");
    assertThat(logs).doesNotContain(SECRET);
    assertThat(exceptionMessages).hasSizeGreaterThanOrEqualTo(2)
        .noneMatch(m -> m.contains(SECRET));
    assertThat(calls).isNotEmpty().noneMatch(c -> c.params().toString().contains(SECRET));
    assertThat(TelegramSettings.of(FakeBotApi.TOKEN, dataDir).toString()).doesNotContain(SECRET).contains("****");
  }
}
