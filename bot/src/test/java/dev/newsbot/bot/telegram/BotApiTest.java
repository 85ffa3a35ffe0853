package dev.newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** Outgoing calls through telegrambots' real client against the fake server: errors, retries, files. */
class BotApiTest {

  FakeBotApi api;
  OkHttpClient http;
  BotApi bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    http = TestBots.http();
    bot = TestBots.botApi(api, http,
        new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(2)));
  }

  @AfterEach
  void stop() {
    api.close();
    http.dispatcher().executorService().shutdownNow();
  }

  @Test
  void aBodyWithoutOkStillGivesTheErrorCodeInsteadOfANullPointerException() {
    api.fail("getMe", 3, 502, "{\"error_code\":502}");
    assertThatThrownBy(() -> bot.callOrThrow(new GetMe()))
        .isInstanceOfSatisfying(BotApiError.class, e -> {
          assertThat(e.status()).isEqualTo(502);
          assertThat(e.kind()).isEqualTo(BotApiError.Kind.SERVER);
        });
    assertThat(api.calls("getme")).extracting(Call::status).containsExactly(502, 502, 502);
  }

  @Test
  void rateLimitsAreWaitedOutAndBadRequestsNotRepeated() throws Exception {
    api.rateLimit("getMe", 1, 1);
    assertThat(bot.callOrThrow(new GetMe()).getUserName()).isEqualTo(FakeBotApi.BOT_USERNAME);
    assertThat(bot.call(SendMessage.builder().chatId(5L).text("hi").build())).isEmpty();
    assertThat(api.calls("sendmessage")).extracting(Call::status).containsExactly(400);
  }

  @Test
  void filesComeFromTheConfiguredServerNotApiTelegramOrg() throws Exception {
    byte[] issue = "## 标题\n\n正文。".getBytes(StandardCharsets.UTF_8);
    api.chats.addFile("doc-1", "documents/file_1.txt", issue);
    assertThat(bot.download("doc-1", 1024)).isEqualTo(issue);
    assertThat(api.calls("file download")).extracting(c -> c.params().path("file_path").asText())
        .containsExactly("documents/file_1.txt");
    assertThatThrownBy(() -> bot.download("doc-1", 5)).isInstanceOf(BotApiError.class)
        .hasMessageContaining("over the limit of 5");
  }
}
