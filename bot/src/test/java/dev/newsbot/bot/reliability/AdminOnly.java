package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.reliability.Figures.Section;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.FaultPlan;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.bot.telegram.TelegramBot;
import dev.newsbot.bot.testkit.TelegramHtml;
import dev.newsbot.bot.testkit.Users;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Everyone but the admins asks for admin things: {@code /reindex} and {@code /stats} in all their
 * spellings, in private and in a group; issue files with hostile names; admin-looking button data
 * on the bot's messages. Each must be refused (or not understood) and change nothing: no file
 * fetched, no index touched, no message beyond the refusal. No admin ever acts here, so the
 * shared index is never at risk.
 */
final class AdminOnly {

  static final List<String> COMMANDS = List.of("/reindex", "/reindex prune", "/reindex" + SuiteBots.MENTION,
      "/REINDEX", "/Reindex prune", "/reindex\tprune", " /reindex", "/reindex" + SuiteBots.MENTION + " prune",
      "/stats", "/stats" + SuiteBots.MENTION, "/STATS all");
  static final List<String> BUTTONS = List.of("reindex", "reindex:prune", "reindex:confirm", "reindex:1",
      "admin:reindex", "stats", "stats:1", "upload:accept:1", "upload:doc-1", "intake:1", "ri:prune:1", "yes",
      "confirm", "ok");
  static final List<String> UPLOADS = List.of("2024-05-01.txt", "../../../evil.txt", "..\\evil.md", ".hidden.txt");
  static final List<String> UNKNOWN = List.of("没有这个命令。发送 /help 查看我能做什么。",
      "I don't know that command. Send /help to see what I can do.");

  private final NewsIndex index;
  private final Path dataDir;
  private final SuiteSize size;

  AdminOnly(NewsIndex index, Path dataDir, SuiteSize size) {
    this.index = index;
    this.dataDir = dataDir;
    this.size = size;
  }

  void run() throws Exception {
    List<IssueInfo> issuesBefore = index.issues();
    List<Path> seedsBefore = listing(SuiteIndex.SEEDS);
    List<Person> people = List.of(new Person(770_001, "路人", "zh"), new Person(770_002, "Passer-by", "en"),
        new Person(770_003, "无名", null));
    Room group = Room.group(-1_007_700_001L, "读者群");
    byte[] issue = Files.readAllBytes(SuiteIndex.SEEDS.resolve("002_a6ff651a8bc0a567.txt"));
    List<Call> calls;
    int presses = 0;
    try (FakeBotApi api = new FakeBotApi(FaultPlan.none())) {
      Users users = new Users(api);
      List<Long> chats = new ArrayList<>();
      try (TelegramBot bot = SuiteBots.start(SuiteBots.settings(api, dataDir), index)) {
        for (Person p : people) {
          Room chat = Room.privateWith(p);
          for (String c : COMMANDS) {
            users.says(chat, p, c);
            users.says(group, p, c);
          }
          for (String name : UPLOADS) {
            users.sendsDocument(chat, p, name, issue);
            users.sendsDocument(group, p, name, issue);
          }
          users.says(chat, p, SuiteBots.DONE);
          chats.add(p.id());
        }
        users.says(group, people.get(0), SuiteBots.DONE + SuiteBots.MENTION);
        chats.add(group.id());
        SuiteBots.awaitDone(api, chats, size.patience());
        int messagesBeforePresses = (int) api.calls().stream().filter(c -> c.method().equals("sendmessage")).count();
        for (Person p : people) {
          for (String data : BUTTONS) {
            users.presses(Room.privateWith(p), p, api.sent(p.id()).get(0).messageId(), data);
            users.presses(group, p, api.sent(group.id()).get(0).messageId(), data);
            presses += 2;
          }
        }
        int pressed = presses;
        api.awaitUntil(c -> c.stream().filter(x -> x.method().equals("answercallbackquery") && x.ok()).count()
            == pressed, size.patience(), "all presses acknowledged");
        calls = api.calls();
        assertThat(calls.stream().filter(c -> c.method().equals("sendmessage")).count())
            .as("messages sent because of a pressed admin button").isEqualTo(messagesBeforePresses);
      }
    }
    List<String> carriedOut = new ArrayList<>();
    int refusals = 0;
    for (Call c : calls) {
      if (!c.method().equals("sendmessage") || SuiteBots.isDoneReply(c)) {
        continue;
      }
      String text = TelegramHtml.visible(c.text());
      if (text.contains("管理员") || text.toLowerCase(Locale.ROOT).contains("admin") || UNKNOWN.contains(text)) {
        refusals++;
      } else {
        carriedOut.add(text);
      }
    }
    long fetched = calls.stream().filter(c -> c.method().equals("getfile") || c.method().equals("file download"))
        .count();
    long edits = calls.stream().filter(c -> c.method().equals("editmessagetext")).count();
    long acks = calls.stream().filter(c -> c.method().equals("answercallbackquery") && c.ok()).count();
    boolean untouched = index.issues().equals(issuesBefore) && listing(SuiteIndex.SEEDS).equals(seedsBefore)
        && !index.isIndexing();
    int attempts = people.size() * 2 * (COMMANDS.size() + UPLOADS.size()) + presses;
    Figures.zero(Section.SECURITY, "Admin actions carried out for non-admins: /reindex and /stats in " + COMMANDS.size()
        + " spellings, uploads with hostile names, " + BUTTONS.size() + " forged admin button data; "
        + people.size() + " users, private chats and a group", carriedOut.size() + fetched + edits
        + (untouched ? 0 : 1), attempts + " attempts: " + refusals + " refusals, " + acks + " of " + presses
        + " buttons acknowledged, " + fetched + " files fetched, index and seeds " + (untouched ? "unchanged"
        : "CHANGED"));

    assertThat(carriedOut).as("replies to admin commands and uploads that are not refusals").isEmpty();
    assertThat(refusals).isPositive();
    assertThat(fetched).as("files the bot fetched from non-admins").isZero();
    assertThat(edits).isZero();
    assertThat(acks).isEqualTo(presses);
    assertThat(untouched).isTrue();
  }

  private static List<Path> listing(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }
}
