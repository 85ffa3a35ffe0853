package dev.newsbot.bot.telegram;

import static dev.newsbot.bot.telegram.TestBots.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bot under Bot API faults and load: 429, 5xx, lost connections, slow chats, repeats, floods. */
class TelegramFaultsIT extends BotOnSeeds {

  static final String EXAM = TestBots.QUESTIONS.get(0);
  static final String CLUB = TestBots.QUESTIONS.get(1);
  static final String SNOW = TestBots.QUESTIONS.get(2);
  final Person ming = Person.user(601, "小明", "zh");
  final Room mingChat = Room.privateWith(ming);


  @Test
  void aRateLimitedReplyIsSentAgainAfterRetryAfter() {
    api.rateLimit("sendMessage", 1, 1);
    api.users.says(mingChat, ming, SNOW);
    Call reply = api.awaitSent(ming.id(), 1, WAIT).get(0);
    assertThat(reply.text()).isEqualTo(TestBots.replyTo(index, SNOW));
    List<Call> tries = api.calls("sendmessage");
    assertThat(tries).extracting(Call::status).containsExactly(429, 200);
    assertThat(Duration.ofNanos(tries.get(1).atNanos() - tries.get(0).atNanos())).isGreaterThanOrEqualTo(
        Duration.ofSeconds(1));
  }

  @Test
  void serverErrorsAreRetriedWhateverTheirBody() {
    api.fail("sendMessage", 1, 500, "<html><body>502 Bad Gateway</body></html>");
    api.fail("sendMessage", 1, 502, "{\"error_code\":502}");
    api.fail("sendChatAction", 1, 503, "");
    api.users.says(mingChat, ming, EXAM);
    assertThat(api.awaitSent(ming.id(), 1, WAIT).get(0).text()).isEqualTo(TestBots.replyTo(index, EXAM));
    assertThat(api.calls("sendmessage")).extracting(Call::status).containsExactly(500, 502, 200);
    assertThat(api.calls("sendchataction")).extracting(Call::status).containsExactly(503, 200);
  }

  @Test
  void aReplyThatKeepsFailingIsGivenUpAndTheBotAnswersTheNextQuestion() {
    api.fail("sendMessage", 5, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
    api.fail("sendMessage", 1, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");
    api.users.says(mingChat, ming, EXAM);
    api.users.says(mingChat, ming, SNOW);
    api.users.says(mingChat, ming, CLUB);
    Call reply = api.awaitSent(ming.id(), 1, WAIT).get(0);
    assertThat(reply.text()).isEqualTo(TestBots.replyTo(index, CLUB));
    assertThat(api.calls("sendmessage")).extracting(Call::status).containsExactly(500, 500, 500, 500, 500, 400, 200);
  }

  @Test
  void pollingSurvivesFailingGetUpdates() {
    api.fail("getUpdates", 2, 500, "Internal Server Error");
    api.rateLimit("getUpdates", 1, 1);
    api.drop("getUpdates", 1);
    api.users.posts(new Room(-100888, "channel", "频道"), "ends the long poll under way");
    List<Call> failed = api.await(c -> c.method().equals("getupdates") && !c.ok(), 4, WAIT, "failed polls");
    assertThat(failed).extracting(Call::status).containsExactly(500, 500, 429, -1);
    api.users.says(mingChat, ming, SNOW);
    assertThat(api.awaitSent(ming.id(), 1, WAIT).get(0).text()).isEqualTo(TestBots.replyTo(index, SNOW));
    assertThat(Duration.ofNanos(failed.get(3).atNanos() - failed.get(2).atNanos()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aLostConnectionWhileSendingIsRetried() {
    api.drop("sendMessage", 1);
    api.users.says(mingChat, ming, SNOW);
    assertThat(api.awaitSent(ming.id(), 1, WAIT).get(0).text()).isEqualTo(TestBots.replyTo(index, SNOW));
    assertThat(api.calls("sendmessage")).extracting(Call::status).containsExactly(-1, 200);
  }

  @Test
  void aSlowChatDoesNotHoldUpOthersAndEachChatIsAnsweredInOrder() {
    Person slow = Person.user(602, "慢", "zh");
    api.slowChat(slow.id(), Duration.ofSeconds(3));
    api.users.says(Room.privateWith(slow), slow, SNOW);
    api.users.says(mingChat, ming, EXAM);
    api.users.says(mingChat, ming, CLUB);
    api.users.says(mingChat, ming, SNOW);
    List<Call> fast = api.awaitSent(ming.id(), 3, WAIT);
    assertThat(fast).extracting(Call::text).containsExactly(TestBots.replyTo(index, EXAM),
        TestBots.replyTo(index, CLUB), TestBots.replyTo(index, SNOW));
    assertThat(api.sent(slow.id())).isEmpty();
    assertThat(api.awaitSent(slow.id(), 1, WAIT).get(0).atNanos()).isGreaterThan(fast.get(2).atNanos());
  }

  @Test
  void repeatedDeliveriesAndRepeatsStillQueuedAreAnsweredOnce() {
    api.slowChat(ming.id(), Duration.ofMillis(700));
    api.users.says(mingChat, ming, SNOW);
    int club = api.users.says(mingChat, ming, CLUB);
    api.users.says(mingChat, ming, CLUB);
    api.redeliver(club);
    api.users.says(mingChat, ming, EXAM);
    List<Call> replies = api.awaitSent(ming.id(), 3, WAIT);
    assertThat(replies).extracting(Call::text).containsExactly(TestBots.replyTo(index, SNOW),
        TestBots.replyTo(index, CLUB), TestBots.replyTo(index, EXAM));
    assertThat(api.calls("sendmessage")).hasSize(3);
  }

  @Test
  void aUserOverTheQuotaIsToldOnceAndOthersAreStillAnswered() {
    bot.close();
    bot = TestBots.start(TestBots.settings(api, dataDir).withQuestionsPerMinute(2), index, TestBots.FAST);
    Person hong = Person.user(603, "小红", "zh");
    for (String q : TestBots.QUESTIONS.subList(1, 6)) {
      api.users.says(mingChat, ming, q);
    }
    api.users.says(Room.privateWith(hong), hong, CLUB);
    assertThat(api.awaitSent(hong.id(), 1, WAIT).get(0).text()).isEqualTo(TestBots.replyTo(index, CLUB));
    List<Call> toMing = api.awaitSent(ming.id(), 3, WAIT);
    assertThat(toMing.get(2).text()).isEqualTo("提问有点太快了：每人每分钟最多 2 个问题。请过一会儿再问。");
    api.users.says(mingChat, ming, "/help");
    assertThat(api.awaitSent(ming.id(), 4, WAIT).get(3).text()).startsWith("<b>使用说明</b>");
    assertThat(api.sent(ming.id())).hasSize(4);
  }
}
