package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.bot.reliability.Figures.Section;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.Chats;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.FaultPlan;
import dev.newsbot.bot.testkit.LogCapture;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.bot.telegram.TelegramBot;
import dev.newsbot.bot.testkit.Users;
import dev.newsbot.retrieval.NewsIndex;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input, generated from a seed, sent to the real bot by many users in private chats and a
 * group: texts ({@link HostileInput}), forged and malformed button presses ({@link ForgedPresses}),
 * stickers, photos, edits and channel posts. Every one must get a valid reply or be ignored, and
 * the bot must go on answering. The quota is set high so that replies, not quota notices, are
 * measured (the quota has its own test in {@link LoadIT}).
 */
@ExtendWith(ReliabilityReport.class)
class HostileInputIT {

  static final SuiteSize SIZE = SuiteSize.current();
  static final int PER_USER = 10;
  static final String[] LANGUAGES = {"zh", "zh-hans", "en", null, "ar", "x-klingon"};

  @TempDir
  Path dataDir;

  /** What a run left: the inputs sent by kind, the presses, every Bot API call, and the log's verdict. */
  private record Outcome(int users, Map<String, Integer> kinds, ForgedPresses presses, List<Call> calls,
      LogCapture.Verdict log) {}

  @Test
  void everyHostileInputGetsAValidReplyOrIsIgnored() throws Exception {
    Outcome o = run(SuiteIndex.shared(), SuiteIndex.devQuestions());
    WhatUsersSee seen = WhatUsersSee.of(o.calls());
    int total = o.kinds().values().stream().mapToInt(Integer::intValue).sum();
    long acks = o.calls().stream().filter(c -> c.method().equals("answercallbackquery") && c.ok()).count();
    long refused = o.calls().stream().filter(c -> c.status() == 400).count();
    long sources = ForgedPresses.sourcesShown(o.calls());
    int realSources = o.presses().legitSources();
    List<String> votesByOthers = votesByOthers(dataDir);
    long chatsDone = o.calls().stream().filter(SuiteBots::isDoneReply).map(Call::chatId).distinct().count();
    LogCapture.Verdict log = o.log();

    Figures.add(Section.HOSTILE, "Generated messages and button presses from " + o.users() + " users in private "
        + "chats and a group: random Unicode, zero-width and RTL marks, control characters, FTS5 and SQL syntax, "
        + "HTML and Markdown, 999–4096 characters, emoji sequences, odd commands, blanks; forged, unknown, oversized "
        + "and garbage button data; stickers, photos, edits, channel posts", total + " (" + summary(o.kinds()) + ")",
        "≥ " + SIZE.hostileMessages(), total >= SIZE.hostileMessages());
    Figures.zero(Section.HOSTILE, "Exceptions escaping: ERROR or WARN lines, uncaught exceptions, stack traces in the "
        + "log", log.errors() + log.warnings() + log.stackTraces(), log.lines() + " log lines");
    Figures.zero(Section.HOSTILE, "Bot messages with invalid Telegram HTML", seen.invalidHtml(), "of "
        + seen.messages() + " messages");
    Figures.zero(Section.HOSTILE, "Bot messages over 4096 characters, notices over 200", seen.overLimit(), "longest "
        + seen.longest());
    Figures.zero(Section.HOSTILE, "Stack traces, exceptions or Java names shown to users", seen.internals(),
        seen.messages() + " messages, " + seen.notices() + " button notices");
    Figures.zero(Section.HOSTILE, "Bot API calls Telegram would refuse (400)", refused, "");
    Figures.add(Section.HOSTILE, "Button presses acknowledged once; sources shown only for real buttons; votes only "
        + "by the asker", acks + " of " + o.presses().presses() + "; " + sources + " sources for " + realSources
        + " real; " + votesByOthers.size() + " votes by others", "all once; " + realSources + "; 0",
        acks == o.presses().presses() && sources == realSources && votesByOthers.isEmpty());
    Figures.add(Section.HOSTILE, "Chats still answered afterwards (a last /sources in each)", chatsDone + " of "
        + (o.users() + 1), "all", chatsDone == o.users() + 1);

    assertThat(total).isGreaterThanOrEqualTo(SIZE.hostileMessages());
    assertThat(log.examples()).as("ERROR/WARN lines and stack traces in the log").isEmpty();
    assertThat(log.tokenLines()).isZero();
    assertThat(seen.examples()).as("what users were shown").isEmpty();
    assertThat(refused).isZero();
    assertThat(acks).isEqualTo(o.presses().presses());
    assertThat(sources).isEqualTo(realSources);
    assertThat(votesByOthers).isEmpty();
    assertThat(ForgedPresses.votes(dataDir)).isEqualTo(o.presses().legitVotes().size());
  }

  /**
   * Every user first asks a real question (its answer has buttons to press and forge), then the
   * hostile input goes out, then each chat's last message; returns once every chat has answered it.
   */
  private Outcome run(NewsIndex index, List<String> questions) throws Exception {
    Random random = new Random(SuiteSize.SEED);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < (SIZE.hostileMessages() + PER_USER - 1) / PER_USER; i++) {
      people.add(new Person(710_000 + i, i % 7 == 0 ? "<b>Eve</b> & \"Mallory\"" : "读者" + i,
          LANGUAGES[i % LANGUAGES.length]));
    }
    Room group = Room.group(-1_007_100_001L, "株洲 <b>读者</b> & \"群\"");
    String asked = SuiteBots.answerable(index, questions);
    try (LogCapture log = new LogCapture(); FakeBotApi api = new FakeBotApi(FaultPlan.none())) {
      Users users = new Users(api);
      ForgedPresses forged;
      Map<String, Integer> kinds;
      try (TelegramBot bot = SuiteBots.start(SuiteBots.settings(api, dataDir).withQuestionsPerMinute(100_000),
          index)) {
        for (Person p : people) {
          users.says(Room.privateWith(p), p, asked);
        }
        users.says(group, people.get(0), SuiteBots.MENTION + " " + asked);
        forged = new ForgedPresses(users, random, answers(api, people, group), group, people.get(0).id());
        kinds = send(users, people, group, new HostileInput(SuiteSize.SEED, questions), random, forged);
        List<Long> chats = new ArrayList<>();
        for (Person p : people) {
          users.says(Room.privateWith(p), p, SuiteBots.DONE);
          chats.add(p.id());
        }
        users.says(group, people.get(0), SuiteBots.DONE + SuiteBots.MENTION);
        chats.add(group.id());
        SuiteBots.awaitDone(api, chats, SIZE.patience());
        api.await(c -> c.method().equals("answercallbackquery") && c.ok(), forged.presses(), Duration.ofSeconds(10),
            "button acknowledgements");
        api.awaitUntil(c -> api.confirmedUpTo() == api.lastUpdateId(), Duration.ofSeconds(10), "all updates confirmed");
      }
      return new Outcome(people.size(), kinds, forged, api.calls(), log.verdict(Set.of()));
    }
  }

  /** Sends the hostile input, users taking turns; returns how many of each kind went out. */
  private static Map<String, Integer> send(Users users, List<Person> people, Room group, HostileInput input,
      Random random, ForgedPresses forged) {
    Map<String, Integer> kinds = new TreeMap<>();
    for (int n = 0; n < SIZE.hostileMessages(); n++) {
      Person p = people.get(n % people.size());
      int dice = random.nextInt(100);
      String kind;
      if (dice < 55) {
        HostileInput.Text t = input.next();
        users.says(Room.privateWith(p), p, t.text());
        kind = "text: " + t.kind().name().toLowerCase(Locale.ROOT);
      } else if (dice < 65) {
        kind = groupText(users, group, p, input.next().text(), random, forged);
      } else if (dice < 85) {
        kind = "button: " + forged.press(p, people.get(random.nextInt(people.size())));
      } else {
        kind = other(users, p, input.next().text(), random, forged);
      }
      kinds.merge(kind, 1, Integer::sum);
    }
    return kinds;
  }

  /** "55 texts, 10 group, 20 buttons (13 forged), 15 other" from the counts by kind. */
  private static String summary(Map<String, Integer> kinds) {
    Map<String, Integer> parts = new TreeMap<>();
    int forged = 0;
    for (var e : kinds.entrySet()) {
      parts.merge(e.getKey().substring(0, e.getKey().indexOf(':')), e.getValue(), Integer::sum);
      forged += e.getKey().startsWith("button") && !e.getKey().endsWith("(real)") ? e.getValue() : 0;
    }
    return parts.getOrDefault("text", 0) + " texts, " + parts.getOrDefault("group", 0) + " in the group, "
        + parts.getOrDefault("button", 0) + " button presses (" + forged + " forged), " + parts.getOrDefault("other", 0)
        + " other";
  }

  /** The answer (with buttons) each chat got to the real question. */
  private static Map<Long, Call> answers(FakeBotApi api, List<Person> people, Room group) {
    Map<Long, Call> answers = new TreeMap<>();
    List<Long> chats = new ArrayList<>(people.stream().map(Person::id).toList());
    chats.add(group.id());
    api.awaitUntil(calls -> calls.stream().filter(c -> c.method().equals("sendmessage") && c.ok()
        && c.answerId() > 0).map(Call::chatId).distinct().count() == chats.size(), SIZE.patience(), "first answers");
    for (Call c : api.calls("sendmessage")) {
      if (c.ok() && c.answerId() > 0) {
        answers.putIfAbsent(c.chatId(), c);
      }
    }
    return answers;
  }

  private static String groupText(Users users, Room group, Person p, String text, Random random,
      ForgedPresses forged) {
    return switch (random.nextInt(4)) {
      case 0 -> {
        users.says(group, p, SuiteBots.MENTION + " " + text);
        yield "group: mention";
      }
      case 1 -> {
        users.replies(group, p, forged.groupAnswerMessage(), text);
        yield "group: reply to the bot";
      }
      case 2 -> {
        users.says(group, p, "/ask" + SuiteBots.MENTION + " " + text);
        yield "group: /ask";
      }
      default -> {
        users.says(group, p, text);
        yield "group: not for the bot";
      }
    };
  }

  private static String other(Users users, Person p, String text, Random random, ForgedPresses forged) {
    Room chat = Room.privateWith(p);
    return switch (random.nextInt(6)) {
      case 0 -> {
        users.sendsSticker(chat, p);
        yield "other: sticker";
      }
      case 1 -> {
        users.sendsPhoto(chat, p, text);
        yield "other: photo with caption";
      }
      case 2 -> {
        users.sendsLocation(chat, p);
        yield "other: location";
      }
      case 3 -> {
        users.edits(chat, p, 1, text);
        yield "other: edited message";
      }
      case 4 -> {
        users.posts(new Room(-1_007_100_002L, "channel", "频道"), text);
        yield "other: channel post";
      }
      default -> {
        users.replies(chat, p, forged.answerMessage(p), text);
        yield "other: reply to the bot";
      }
    };
  }

  /** Votes in bot.db cast by someone other than the person who asked. */
  private static List<String> votesByOthers(Path dataDir) throws Exception {
    List<String> others = new ArrayList<>();
    try (FeedbackStore store = FeedbackStore.open(dataDir)) {
      StringWriter out = new StringWriter();
      store.exportJsonLines(out);
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      for (String line : out.toString().lines().toList()) {
        var vote = json.readTree(line);
        String asker = store.answer(vote.path("answer_id").asLong()).orElseThrow().userHash();
        if (!asker.equals(vote.path("user").asText())) {
          others.add(line);
        }
      }
    }
    return others;
  }
}
