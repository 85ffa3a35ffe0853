package dev.newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbot.bot.admin.AdminText;
import dev.newsbot.bot.admin.ProgressMessage;
import dev.newsbot.bot.conversation.Conversation;
import dev.newsbot.bot.conversation.Languages;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** The progress message of an indexing run, against the fake Bot API server: throttled edits in place. */
class ProgressMessageTest {

  static final Duration EVERY = Duration.ofMillis(200);

  FakeBotApi api;
  OkHttpClient http;
  ScheduledExecutorService ticker;
  Conversation chat;
  final Person amy = Person.user(9001, "Amy", "en");

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    http = TestBots.http();
    BotApi bot = TestBots.botApi(api, http, TestBots.FAST.retry());
    ticker = Executors.newSingleThreadScheduledExecutor();
    api.users.says(Room.privateWith(amy), amy, "/reindex");
    ObjectNode m = api.json.createObjectNode().put("message_id", 1)
        .put("date", System.currentTimeMillis() / 1000).put("text", "/reindex");
    m.putObject("chat").put("id", amy.id()).put("type", "private");
    m.putObject("from").put("id", amy.id()).put("is_bot", false).put("first_name", "Amy").put("language_code", "en");
    chat = new TelegramConversation(new Replies(bot), api.json.treeToValue(m, Message.class), new Languages());
  }

  @AfterEach
  void stop() {
    ticker.shutdownNow();
    api.close();
    http.dispatcher().executorService().shutdownNow();
  }

  @Test
  void manyStepsMakeOneMessageEditedAtMostOncePerIntervalThenAFinalEdit() throws Exception {
    ProgressMessage progress = new ProgressMessage(chat, new AdminText(Messages.ENGLISH), "Indexing x.txt", ticker, EVERY);
    long end = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    int steps = 0;
    while (System.nanoTime() < end) {
      progress.update("embedding", ++steps, 1_000_000);
      Thread.sleep(1);
    }
    progress.finish(true, 1.04);
    int edited = api.calls("editmessagetext").size();
    Thread.sleep(EVERY.toMillis() * 2);

    assertThat(api.sent(amy.id())).extracting(Call::text)
        .containsExactly("<b>⏳ Indexing x.txt</b>\nembedding passages 1/1000000 · 0 s");
    List<Call> edits = api.calls("editmessagetext");
    assertThat(edits).hasSize(edited);
    assertThat(edits.size()).as("edits in 1 s, every %s, and the final one", EVERY).isBetween(2, 7);
    assertThat(edits).allMatch(Call::ok).allMatch(e -> e.params().path("message_id").asInt() == 2);
    for (int i = 1; i < edits.size() - 1; i++) {
      assertThat(edits.get(i).atNanos() - edits.get(i - 1).atNanos()).isGreaterThanOrEqualTo(EVERY.toNanos() * 3 / 4);
    }
    assertThat(edits.get(0).text()).startsWith("<b>⏳ Indexing x.txt</b>\nembedding passages ")
        .endsWith("/1000000 · 0 s");
    assertThat(edits.get(edits.size() - 1).text()).isEqualTo("<b>✅ Indexing x.txt</b>\nDone in 1.0 s.");
  }

  @Test
  void aRunRefusedBeforeItIndexesShowsNoProgressMessage() throws Exception {
    ProgressMessage progress = new ProgressMessage(chat, new AdminText(Messages.ENGLISH), "Indexing x.txt", ticker, EVERY);
    progress.finish(false, 0);
    Thread.sleep(EVERY.toMillis() * 2);
    progress.update("parsing", 0, 1);
    assertThat(api.calls("sendmessage")).isEmpty();
    assertThat(api.calls("editmessagetext")).isEmpty();
  }
}
