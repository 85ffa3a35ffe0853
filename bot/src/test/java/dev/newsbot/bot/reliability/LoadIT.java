package dev.newsbot.bot.reliability;

import dev.newsbot.bot.conversation.Quota;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.reliability.Figures.Section;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.FaultPlan;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.bot.telegram.TelegramBot;
import dev.newsbot.bot.testkit.Users;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many users asking at once, each one question after the other as a person does (the next
 * question when the answer is in), with the dev questions about the seeds: every question answered
 * exactly once and with its own answer, at the bot's default quota; reply latency and throughput
 * recorded. Then users who send more than the quota allows at once: told once, never answered more.
 */
@ExtendWith(ReliabilityReport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadIT extends OnSuiteIndex {

  static final SuiteSize SIZE = SuiteSize.current();
  /** The bot's default: questions one user may ask in a minute. */
  static final int QUOTA = 10;
  static final String QUOTA_NOTICE = "提问有点太快了：每人每分钟最多 10 个问题。请过一会儿再问。";

  static ExpectedAnswers expected;

  @BeforeAll
  static void whatEachQuestionShouldGet() {
    expected = new ExpectedAnswers(index);
  }

  /** What the load left: every Bot API call, each question's latency, and how long the load took. */
  private record Run(List<Call> calls, List<Long> latencies, double seconds) {}

  /** Answers as they should be ({@code once}), messages beyond them, quota notices, the first wrong replies. */
  private record Tally(int once, int extra, int notices, List<String> wrong) {}

  @Test
  @Order(1)
  void usersAskingAtOnceAreEachAnsweredExactlyOnce() throws Exception {
    List<Person> people = people(720_000, SIZE.loadUsers());
    Map<Long, List<String>> asked = new HashMap<>();
    for (Person p : people) {
      List<String> mine = new ArrayList<>(questions);
      Collections.shuffle(mine, new Random(SuiteSize.SEED + p.id()));
      asked.put(p.id(), List.copyOf(mine.subList(0, SIZE.questionsPerUser())));
    }
    Run run = load(people, asked);
    Tally t = tally(run.calls(), people, asked);
    int total = people.size() * SIZE.questionsPerUser();
    List<Long> sorted = run.latencies().stream().sorted().toList();

    Figures.add(Section.LOAD, SIZE.loadUsers() + " users × " + SIZE.questionsPerUser() + " dev questions at once, "
        + "each asked when the previous answer is in: answered exactly once, each with its own answer",
        t.once() + " of " + total + " (" + t.extra() + " extra messages)", "all, once",
        t.once() == total && t.extra() == 0);
    Figures.add(Section.LOAD, "Reply latency (question sent → answer received), p50 / p95 / max",
        ms(SuiteBots.percentile(sorted, 50)) + " / " + ms(SuiteBots.percentile(sorted, 95)) + " / "
            + ms(SuiteBots.percentile(sorted, 100)), "recorded", true);
    Figures.add(Section.LOAD, "Throughput over the whole load", String.format(Locale.ROOT,
        "%.1f answers/s (%d in %.1f s)", sorted.size() / run.seconds(), sorted.size(), run.seconds()), "recorded", true);
    Figures.zero(Section.LOAD, "Quota notices to users within the quota (" + SIZE.questionsPerUser() + " of "
        + QUOTA + " a minute)", t.notices(), "");

    assertThat(t.wrong()).as("replies that are not the answer to their question").isEmpty();
    assertThat(t.extra()).isZero();
    assertThat(t.once()).isEqualTo(total);
    assertThat(t.notices()).isZero();
  }

  /** All users at once, each on its own thread; then each chat's last message. */
  private Run load(List<Person> people, Map<Long, List<String>> asked) throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    try (FakeBotApi api = new FakeBotApi(FaultPlan.none())) {
      Users users = new Users(api);
      double seconds;
      try (TelegramBot bot = SuiteBots.start(SuiteBots.settings(api, dataDir), index)) {
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
          long started = System.nanoTime();
          List<Future<?>> running = new ArrayList<>();
          for (Person p : people) {
            running.add(pool.submit(() -> ask(api, users, p, asked.get(p.id()), latencies)));
          }
          for (Future<?> f : running) {
            f.get(SIZE.patience().toMillis(), TimeUnit.MILLISECONDS);
          }
          seconds = (System.nanoTime() - started) / 1e9;
        } finally {
          pool.shutdownNow();
        }
        for (Person p : people) {
          users.says(Room.privateWith(p), p, SuiteBots.DONE);
        }
        SuiteBots.awaitDone(api, people.stream().map(Person::id).toList(), SIZE.patience());
      }
      return new Run(api.calls(), List.copyOf(latencies), seconds);
    }
  }

  /** Checks each chat: its i-th message answers its i-th question, once, as every other user got it. */
  private static Tally tally(List<Call> calls, List<Person> people, Map<Long, List<String>> asked) {
    Map<String, String> firstReply = new HashMap<>();
    Set<Long> answerIds = new HashSet<>();
    List<String> wrong = new ArrayList<>();
    int once = 0;
    int extra = 0;
    int notices = 0;
    for (Person p : people) {
      List<Call> before = beforeDone(calls, p.id());
      List<String> mine = asked.get(p.id());
      notices += (int) before.stream().filter(c -> c.text().equals(QUOTA_NOTICE)).count();
      extra += Math.max(0, before.size() - mine.size());
      for (int i = 0; i < Math.min(before.size(), mine.size()); i++) {
        Call reply = before.get(i);
        String question = mine.get(i);
        boolean right = reply.answerId() > 0 && answerIds.add(reply.answerId()) && expected.shows(reply, question)
            && firstReply.computeIfAbsent(question, q -> reply.text()).equals(reply.text());
        if (right) {
          once++;
        } else if (wrong.size() < 5) {
          wrong.add("user " + p.id() + ", reply " + (i + 1) + " to " + question + ": " + reply.text());
        }
      }
    }
    return new Tally(once, extra, notices, wrong);
  }

  @Test
  @Order(2)
  void usersOverTheQuotaAreToldOnceAndNotAnsweredBeyondIt() throws Exception {
    int burst = QUOTA + 2;
    List<Person> people = people(730_000, SIZE.quotaUsers());
    List<Call> calls;
    try (FakeBotApi api = new FakeBotApi(FaultPlan.none())) {
      Users users = new Users(api);
      try (TelegramBot bot = SuiteBots.start(SuiteBots.settings(api, dataDir), index)) {
        for (Person p : people) {
          for (String q : questions.subList(0, burst)) {
            users.says(Room.privateWith(p), p, q);
          }
          users.says(Room.privateWith(p), p, SuiteBots.DONE);
        }
        SuiteBots.awaitDone(api, people.stream().map(Person::id).toList(), SIZE.patience());
      }
      calls = api.calls();
    }
    int held = 0;
    List<String> shapes = new ArrayList<>();
    for (Person p : people) {
      List<Call> before = beforeDone(calls, p.id());
      long answered = before.stream().filter(c -> c.answerId() > 0).count();
      boolean toldOnceAtTheEnd = before.size() == QUOTA + 1 && before.get(QUOTA).text().equals(QUOTA_NOTICE);
      held += answered == QUOTA && toldOnceAtTheEnd ? 1 : 0;
      shapes.add(answered + " answers, " + (before.size() - answered) + " other");
    }
    Figures.add(Section.LOAD, SIZE.quotaUsers() + " users each sending " + burst + " questions at once (quota "
        + QUOTA + " a minute): answered " + QUOTA + ", told once, the rest dropped quietly",
        held + " of " + people.size() + " users", "all", held == people.size());
    assertThat(shapes).allMatch(s -> s.equals(QUOTA + " answers, 1 other"));
    assertThat(held).isEqualTo(people.size());
  }

  /** One user: each question after the previous answer came in; latency from sending to the answer. */
  private void ask(FakeBotApi api, Users users, Person p, List<String> mine, ConcurrentLinkedQueue<Long> latencies) {
    Room chat = Room.privateWith(p);
    for (int i = 0; i < mine.size(); i++) {
      long sent = System.nanoTime();
      users.says(chat, p, mine.get(i));
      Call answer = api.awaitSent(p.id(), i + 1, SIZE.patience()).get(i);
      latencies.add(answer.atNanos() - sent);
    }
  }

  /** Messages to a chat before the reply to its last /sources. */
  static List<Call> beforeDone(List<Call> calls, long chatId) {
    List<Call> before = new ArrayList<>();
    for (Call c : calls) {
      if (c.method().equals("sendmessage") && c.ok() && c.chatId() == chatId) {
        if (SuiteBots.isDoneReply(c)) {
          break;
        }
        before.add(c);
      }
    }
    return before;
  }

  static List<Person> people(long firstId, int n) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      people.add(new Person(firstId + i, "用户" + i, "zh"));
    }
    return people;
  }

  private static String ms(long nanos) {
    return nanos / 1_000_000 + " ms";
  }
}
