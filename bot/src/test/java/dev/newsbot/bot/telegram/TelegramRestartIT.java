package dev.newsbot.bot.telegram;

import static dev.newsbot.bot.telegram.TestBots.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.retrieval.NewsIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping and starting again: nothing answered twice, nothing lost; a bad start says why. */
class TelegramRestartIT {

  static final String SNOW = TestBots.QUESTIONS.get(2);
  static final String EXAM = TestBots.QUESTIONS.get(0);
  static NewsIndex index;

  @TempDir
  Path dataDir;
  FakeBotApi api;
  final Person ming = Person.user(701, "小明", "zh");
  final Room mingChat = Room.privateWith(ming);

  @BeforeAll
  static void index() {
    index = SeedIndex.shared();
  }

  @BeforeEach
  void server() throws Exception {
    api = new FakeBotApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aRestartNeitherAnswersAgainNorLosesWhatCameWhileDown() {
    api.forgetConfirmedUpdates(false);
    int first = api.users.says(mingChat, ming, SNOW);
    try (TelegramBot bot = TestBots.start(api, dataDir, index)) {
      assertThat(api.awaitSent(ming.id(), 1, WAIT).get(0).text()).isEqualTo(TestBots.replyTo(index, SNOW));
    }
    int second = api.users.says(mingChat, ming, EXAM);
    int third = api.users.says(mingChat, ming, "/sources");
    int before = api.calls().size();
    try (TelegramBot bot = TestBots.start(api, dataDir, index)) {
      List<Call> replies = api.awaitSent(ming.id(), 3, WAIT);
      assertThat(replies.get(1).text()).isEqualTo(TestBots.replyTo(index, EXAM));
      assertThat(replies.get(2).text()).startsWith("<b>共 5 期，");
      api.await(c -> c.method().equals("getupdates") && c.params().path("offset").asInt() > third, 1, WAIT,
          "a poll past the last update");
      List<Call> polls = api.calls().subList(before, api.calls().size()).stream()
          .filter(c -> c.method().equals("getupdates")).toList();
      assertThat(polls.get(0).params().path("offset").asInt()).isEqualTo(first + 1);
      assertThat(second).isEqualTo(first + 1);
    }
    assertThat(api.sent(ming.id())).hasSize(3);
  }

  @Test
  void anAnswerCutShortByAStopIsGivenAfterTheRestart() {
    Tuning impatient = new Tuning(TestBots.FAST.pollTimeout(), TestBots.FAST.readTimeout(), TestBots.FAST.retry(),
        Duration.ofMillis(300), TestBots.FAST.progressEvery());
    api.slowChat(ming.id(), Duration.ofSeconds(2));
    int asked = api.users.says(mingChat, ming, SNOW);
    try (TelegramBot bot = TestBots.start(TestBots.settings(api, dataDir), index, impatient)) {
      api.await(c -> c.method().equals("getupdates") && c.params().path("offset").asInt() > asked, 1, WAIT,
          "the question taken");
    }
    api.slowChat(ming.id(), Duration.ZERO);
    int before = api.sent(ming.id()).size();
    try (TelegramBot bot = TestBots.start(api, dataDir, index)) {
      assertThat(api.awaitSent(ming.id(), before + 1, WAIT).get(before).text()).isEqualTo(TestBots.replyTo(index, SNOW));
      api.users.says(mingChat, ming, "/help");
      api.awaitSent(ming.id(), before + 2, WAIT);
    }
    assertThat(before).isZero();
    assertThat(api.sent(ming.id())).hasSize(2);
  }

  @Test
  void aRefusedTokenStopsTheStartWithAMessageThatDoesNotShowIt() {
    String wrong = "1234567:AAwrongTokenWrongTokenWrongToken99";
    TelegramSettings settings = TelegramSettings.of(wrong, dataDir).withApiUrl(api.url());
    assertThatThrownBy(() -> TestBots.start(settings, index, TestBots.FAST))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the Bot API refused the token: copy it again from @BotFather into telegram.token")
        .hasMessageNotContaining(wrong)
        .hasMessageNotContaining("AAwrongToken");
    assertThat(api.calls()).isEmpty();
  }

  @Test
  void anUnreachableServerStopsTheStartWithAMessageThatSaysSo() throws Exception {
    String url = api.url();
    api.close();
    TelegramSettings settings = TelegramSettings.of(FakeBotApi.TOKEN, dataDir).withApiUrl(url);
    assertThatThrownBy(() -> TestBots.start(settings, index, TestBots.FAST))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot reach the Bot API at " + url + ": check telegram.api-url and the network")
        .hasMessageNotContaining(FakeBotApi.TOKEN);
    api = new FakeBotApi();
  }
}
