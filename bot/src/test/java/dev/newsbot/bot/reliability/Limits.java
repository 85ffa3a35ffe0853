package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.reliability.Figures.Section;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.FaultPlan;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.bot.telegram.TelegramBot;
import dev.newsbot.bot.testkit.Users;
import dev.newsbot.retrieval.NewsIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The limits that keep one user from tying up the bot: questions over 1000 characters refused
 * with a reply that says so (characters are code points: 1000 emoji pass), one question at a time
 * in each chat, and a flood held to the quota while other users are still answered.
 */
final class Limits {

  static final int MAX_CHARS = 1000;

  private final NewsIndex index;
  private final List<String> questions;
  private final Path dataDir;
  private final SuiteSize size;

  Limits(NewsIndex index, List<String> questions, Path dataDir, SuiteSize size) {
    this.index = index;
    this.questions = questions;
    this.dataDir = dataDir;
    this.size = size;
  }

  void lengths() throws Exception {
    Person zh = new Person(780_001, "小红", "zh");
    Person en = new Person(780_002, "Ann", "en");
    String q = questions.get(0);
    List<String> asked = List.of(pad(q, MAX_CHARS), pad(q, MAX_CHARS + 1), "株".repeat(4096), "🙂".repeat(MAX_CHARS));
    List<String> wanted = List.of("answer", "这个问题太长了（1001 个字）。请把问题缩短到 1000 个字以内再发。",
        "这个问题太长了（4096 个字）。请把问题缩短到 1000 个字以内再发。", "answer");
    List<String> got = new ArrayList<>();
    String english;
    try (FakeBotApi api = new FakeBotApi(FaultPlan.none())) {
      Users users = new Users(api);
      try (TelegramBot bot = SuiteBots.start(SuiteBots.settings(api, dataDir.resolve("lengths")), index)) {
        asked.forEach(text -> users.says(Room.privateWith(zh), zh, text));
        users.says(Room.privateWith(en), en, "a".repeat(MAX_CHARS + 1));
        api.awaitSent(zh.id(), asked.size(), size.patience()).forEach(c -> got.add(c.answerId() > 0 ? "answer"
            : c.text()));
        english = api.awaitSent(en.id(), 1, size.patience()).get(0).text();
      }
    }
    String englishWanted = "That question is too long (1001 characters). Please keep it under 1000 characters.";
    boolean held = got.equals(wanted) && english.equals(englishWanted);
    Figures.add(Section.SECURITY, "Questions over 1000 characters refused with a reply that says so (1001 and 4096 "
        + "Chinese, 1001 Latin); at 1000 answered (1000 Chinese, 1000 emoji = 2000 UTF-16 units)",
        held ? "3 of 3 refused, 2 of 2 answered" : got + " / " + english, "3 refused, 2 answered", held);
    assertThat(got).isEqualTo(wanted);
    assertThat(english).isEqualTo(englishWanted);
  }

  void concurrency() throws Exception {
    Person burst = new Person(781_001, "连问", "zh");
    Person everywhere = new Person(781_002, "多群", "zh");
    Person flooder = new Person(781_003, "刷屏", "zh");
    Person other = new Person(781_004, "旁人", "zh");
    Room g1 = Room.group(-1_007_810_001L, "一群");
    Room g2 = Room.group(-1_007_810_002L, "二群");
    List<Call> calls;
    long otherLatency;
    try (FakeBotApi api = new FakeBotApi(FaultPlan.none())) {
      Users users = new Users(api);
      try (TelegramBot bot = SuiteBots.start(SuiteBots.settings(api, dataDir.resolve("concurrency")), index)) {
        questions.subList(0, 8).forEach(q -> users.says(Room.privateWith(burst), burst, q));
        users.says(Room.privateWith(everywhere), everywhere, questions.get(10));
        users.says(g1, everywhere, SuiteBots.MENTION + " " + questions.get(11));
        users.says(g2, everywhere, SuiteBots.MENTION + " " + questions.get(12));
        for (int i = 0; i < size.floodMessages(); i++) {
          users.says(Room.privateWith(flooder), flooder, "第" + (i + 1) + "问：" + questions.get(i % questions.size()));
        }
        long sent = System.nanoTime();
        users.says(Room.privateWith(other), other, questions.get(20));
        otherLatency = api.awaitSent(other.id(), 1, size.patience()).get(0).atNanos() - sent;
        for (Person p : List.of(burst, everywhere, flooder)) {
          users.says(Room.privateWith(p), p, SuiteBots.DONE);
        }
        users.says(g1, everywhere, SuiteBots.DONE + SuiteBots.MENTION);
        users.says(g2, everywhere, SuiteBots.DONE + SuiteBots.MENTION);
        SuiteBots.awaitDone(api, List.of(burst.id(), everywhere.id(), flooder.id(), g1.id(), g2.id()),
            size.patience());
      }
      calls = api.calls();
    }
    int oneChat = inProgress(calls, Set.of(burst.id()));
    int perChat = Math.max(inProgress(calls, Set.of(everywhere.id())), Math.max(inProgress(calls, Set.of(g1.id())),
        inProgress(calls, Set.of(g2.id()))));
    int acrossChats = inProgress(calls, Set.of(everywhere.id(), g1.id(), g2.id()));
    List<Call> flood = LoadIT.beforeDone(calls, flooder.id());
    long floodAnswers = flood.stream().filter(c -> c.answerId() > 0).count();
    long floodNotices = flood.stream().filter(c -> c.text().equals(LoadIT.QUOTA_NOTICE)).count();
    Figures.add(Section.SECURITY, "Answers in progress at once in one chat (8 questions sent together); for one user "
        + "asking in a private chat and 2 groups at once", oneChat + " in one chat; " + perChat + " per chat, "
        + acrossChats + " across the 3 (the quota of 10 a minute bounds the total)", "1 per chat",
        oneChat == 1 && perChat == 1);
    Figures.add(Section.SECURITY, "One user floods " + size.floodMessages() + " questions at once: answered, told, "
        + "dropped; another user's question sent after the flood", floodAnswers + " answered, " + floodNotices
        + " notice, " + (size.floodMessages() - flood.size()) + " dropped quietly; the other answered in "
        + otherLatency / 1_000_000 + " ms", "10, 1, the rest; answered",
        floodAnswers == 10 && floodNotices == 1 && flood.size() == 11);
    assertThat(oneChat).isEqualTo(1);
    assertThat(perChat).isEqualTo(1);
    assertThat(floodAnswers).isEqualTo(10);
    assertThat(floodNotices).isEqualTo(1);
    assertThat(flood).hasSize(11);
  }

  /** The most questions under way at once in these chats: "typing" sent, answer not yet. */
  static int inProgress(List<Call> calls, Set<Long> chats) {
    int now = 0;
    int most = 0;
    for (Call c : calls) {
      if (!c.ok() || !chats.contains(c.chatId())) {
        continue;
      }
      if (c.method().equals("sendchataction")) {
        most = Math.max(most, ++now);
      } else if (c.method().equals("sendmessage") && c.answerId() > 0) {
        now--;
      }
    }
    return most;
  }

  /** The question, then "的" up to {@code length} characters. */
  private static String pad(String question, int length) {
    return question + "的".repeat(length - question.codePointCount(0, question.length()));
  }
}
