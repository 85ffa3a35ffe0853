package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.reliability.Figures.Section;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.FaultPlan;
import dev.newsbot.bot.testkit.LogCapture;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.bot.telegram.TelegramBot;
import dev.newsbot.bot.testkit.Users;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot while the Bot API fails on a share of calls (429 with retry_after, 5xx whose error page
 * echoes the request URL, slow answers, dropped connections), with production retry timings:
 * every reply is still delivered exactly once, no update is skipped, polling goes on. Then (in
 * {@link ReindexWhileAnswering}) questions answered while the index is rewritten underneath.
 */
@ExtendWith(ReliabilityReport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT extends OnSuiteIndex {

  static final SuiteSize SIZE = SuiteSize.current();
  static final double SHARE = 0.2;
  static final int MAX_IN_A_ROW = 2;
  static final Set<String> FAULTED = Set.of("getUpdates", "sendMessage", "sendChatAction", "answerCallbackQuery",
      "editMessageText");
  static final String TEXT_ONLY = "我只能回答文字提问。请直接发一句话问报纸上的内容，或发送 /help 查看用法。";

  static ExpectedAnswers expected;
  static String answerable;

  @BeforeAll
  static void expectedAnswersAndOneThatCites() {
    expected = new ExpectedAnswers(index);
    answerable = SuiteBots.answerable(index, questions);
  }

  @Test
  @Order(1)
  void everyReplyIsDeliveredOnceWhileTheBotApiFails() throws Exception {
    FaultPlan plan = new FaultPlan(SuiteSize.SEED, SHARE, FAULTED, MAX_IN_A_ROW, Duration.ofMillis(1500), 1)
        .first("getUpdates", FaultPlan.Kind.SERVER_ERROR, FaultPlan.Kind.DROPPED, FaultPlan.Kind.RATE_LIMITED);
    List<Person> people = LoadIT.people(740_000, SIZE.faultUsers());
    int q = SIZE.faultQuestionsPerUser();
    List<Call> calls;
    LogCapture.Verdict log;
    int updates;
    int confirmed;
    try (LogCapture capture = new LogCapture(); FakeBotApi api = new FakeBotApi(plan)) {
      try (TelegramBot bot = SuiteBots.start(SuiteBots.settings(api, dataDir), index)) {
        plan.arm(true);
        askAndPress(api, new Users(api), people, q);
        api.awaitUntil(c -> api.confirmedUpTo() == api.lastUpdateId(), SIZE.patience(), "all updates confirmed");
        plan.arm(false);
        updates = api.lastUpdateId();
        confirmed = api.confirmedUpTo();
      }
      calls = api.calls();
      log = capture.verdict(Set.of("BotSession"));
    }
    List<String> wrong = new ArrayList<>();
    int delivered = delivered(calls, people, q, wrong);
    int expectedMessages = people.size() * (q + 2);
    long acks = calls.stream().filter(c -> c.method().equals("answercallbackquery") && c.ok()).count();
    long polls = calls.stream().filter(c -> c.method().equals("getupdates")).count();
    long failedPolls = calls.stream().filter(c -> c.method().equals("getupdates") && c.fault() != FaultPlan.Kind.NONE
        && c.fault() != FaultPlan.Kind.SLOW).count();
    long faultable = calls.stream().filter(c -> FAULTED.stream().anyMatch(m -> m.equalsIgnoreCase(c.method()))).count();

    Figures.add(Section.FAULTS, String.format(Locale.ROOT, "Bot API faults on %.0f %% of calls to getUpdates, "
        + "sendMessage, sendChatAction, answerCallbackQuery (at most %d in a row for one call; 429 with retry_after "
        + "1 s, 502 with an error page, 1.5 s answers, dropped connections), production retry policy", SHARE * 100,
        MAX_IN_A_ROW), plan.total() + " of " + faultable + " calls: " + plan.count(FaultPlan.Kind.RATE_LIMITED)
        + " × 429, " + plan.count(FaultPlan.Kind.SERVER_ERROR) + " × 502, " + plan.count(FaultPlan.Kind.SLOW)
        + " slow, " + plan.count(FaultPlan.Kind.DROPPED) + " dropped", "≈ " + (int) (SHARE * 100) + " %",
        plan.total() > 0);
    Figures.add(Section.FAULTS, SIZE.faultUsers() + " users × (" + q + " questions, a sticker, a vote and a source "
        + "button): every reply delivered exactly once, in order", delivered + " of " + expectedMessages + " messages; "
        + acks + " of " + 2 * people.size() + " buttons acknowledged", "all, once",
        delivered == expectedMessages && acks == 2L * people.size());
    Figures.add(Section.FAULTS, "Updates skipped (update ids the bot confirmed, by asking for a later offset)",
        (updates - confirmed) + " (" + confirmed + " of " + updates + " confirmed)", "0", confirmed == updates);
    Figures.add(Section.FAULTS, "Polling alive: getUpdates calls that failed, every chat answered after them",
        failedPolls + " failed of " + polls + " polls; all answered", "alive", failedPolls >= 3);
    Figures.zero(Section.FAULTS, "Errors from newsbot in the log (telegrambots' own retry log of failed polls aside), "
        + "given-up sends, token in the log", log.errors() + log.warnings() + log.stackTraces() + log.tokenLines(),
        log.lines() + " lines, " + log.tolerated() + " from telegrambots");

    assertThat(wrong).as("replies per chat (expected: each answer once, in order)").isEmpty();
    assertThat(delivered).isEqualTo(expectedMessages);
    assertThat(acks).isEqualTo(2L * people.size());
    assertThat(confirmed).isEqualTo(updates);
    assertThat(failedPolls).isGreaterThanOrEqualTo(3);
    assertThat(log.examples()).isEmpty();
    assertThat(log.tokenLines()).isZero();
  }

  /**
   * Each user sends its questions and a sticker at once; when the replies are in, presses 👍 and
   * the first source under its first answer, then ends with /sources. Returns when all is answered.
   */
  private static void askAndPress(FakeBotApi api, Users users, List<Person> people, int q) {
    for (Person p : people) {
      Room chat = Room.privateWith(p);
      asked(p, q).forEach(question -> users.says(chat, p, question));
      users.sendsSticker(chat, p);
    }
    for (Person p : people) {
      Call first = api.awaitSent(p.id(), q + 1, SIZE.patience()).get(0);
      users.presses(Room.privateWith(p), p, first.messageId(), "up:" + first.answerId() + ":0");
      users.presses(Room.privateWith(p), p, first.messageId(), "src:" + first.answerId() + ":1");
      users.says(Room.privateWith(p), p, SuiteBots.DONE);
    }
    SuiteBots.awaitDone(api, people.stream().map(Person::id).toList(), SIZE.patience());
    api.await(c -> c.method().equals("answercallbackquery") && c.ok(), 2 * people.size(), SIZE.patience(),
        "button acknowledgements");
  }

  /**
   * Messages delivered as they should be: in each chat, the answers in the order asked (each
   * once), the sticker's reply, the source; {@code wrong} gets the first chats that differ.
   */
  private static int delivered(List<Call> calls, List<Person> people, int q, List<String> wrong) {
    List<String> wanted = new ArrayList<>();
    for (int i = 1; i <= q; i++) {
      wanted.add("answer " + i);
    }
    wanted.add("text only");
    wanted.add("source");
    Set<Long> ids = new HashSet<>();
    int delivered = 0;
    for (Person p : people) {
      List<Call> before = LoadIT.beforeDone(calls, p.id());
      List<String> mine = asked(p, q);
      List<String> got = new ArrayList<>();
      int k = 0;
      for (Call c : before) {
        if (c.answerId() > 0) {
          boolean right = k < q && ids.add(c.answerId()) && expected.shows(c, mine.get(k));
          got.add(right ? "answer " + (k + 1) : "wrong answer");
          k++;
        } else {
          got.add(c.text().equals(TEXT_ONLY) ? "text only" : c.text().startsWith("<b>《") ? "source" : "other");
        }
      }
      if (got.equals(wanted)) {
        delivered += before.size();
      } else if (wrong.size() < 5) {
        wrong.add("user " + p.id() + ": " + got);
      }
    }
    return delivered;
  }

  @Test
  @Order(2)
  void questionsAreAnsweredWhileTheIndexIsRewritten(@TempDir Path work) throws Exception {
    new ReindexWhileAnswering(SIZE, questions, work).run();
  }

  /** The questions one user asks: the first is answerable with citations (its buttons get pressed). */
  static List<String> asked(Person p, int n) {
    List<String> mine = new ArrayList<>();
    mine.add(answerable);
    for (int i = 0; mine.size() < n; i++) {
      String candidate = questions.get((int) ((p.id() * 7 + i) % questions.size()));
      if (!mine.contains(candidate)) {
        mine.add(candidate);
      }
    }
    return mine;
  }
}
