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
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The admin uploads issue files whose names try to leave the issues folder, through the bot end
 * to end (download from the Bot API server, {@code IssueIntake}, indexing, the report), into a
 * copy of the index and a sandbox: every file lands directly in the issues folder.
 */
final class AdminUploads {

  private final SuiteSize size;
  private final Path sandbox;

  AdminUploads(SuiteSize size, Path sandbox) {
    this.size = size;
    this.sandbox = sandbox;
  }

  void run() throws Exception {
    Path seeds = Files.createDirectories(sandbox.resolve("library").resolve("issues"));
    Path data = Files.createDirectories(sandbox.resolve("library").resolve("index"));
    ReindexWhileAnswering.copy(SuiteIndex.DIR.resolve(NewsIndex.FILE_NAME), data.resolve(NewsIndex.FILE_NAME));
    List<String> names = new ArrayList<>(List.of("../../evil.txt", "..\\..\\evil.md",
        sandbox.toAbsolutePath().resolve("absolute.txt").toString(), ".hidden.txt", "．．／fullwidth.txt",
        "a/b/../../../up.txt"));
    if (!size.full()) {
      names = names.subList(0, 3);
    }
    Person admin = new Person(SuiteBots.ADMIN, "管理员", "zh");
    List<String> outcomes = new ArrayList<>();
    List<Call> calls;
    Set<Path> before = files(sandbox);
    int issuesBefore;
    int issuesAfter;
    try (NewsIndex index = NewsIndex.open(data, EmbeddingChoice.DEFAULT)) {
      issuesBefore = index.issues().size();
      try (FakeBotApi api = new FakeBotApi(FaultPlan.none())) {
        Users users = new Users(api);
        try (TelegramBot bot = SuiteBots.start(SuiteBots.settings(api, sandbox.resolve("bot")), index, seeds)) {
          for (int i = 0; i < names.size(); i++) {
            byte[] issue = (ReindexWhileAnswering.extraIssue() + "\n本期第" + (i + 1) + "份上传。\n")
                .getBytes(StandardCharsets.UTF_8);
            users.sendsDocument(Room.privateWith(admin), admin, names.get(i), issue);
            int n = i + 1;
            api.awaitUntil(c -> outcomes(api.sent(admin.id())).size() >= n, size.patience(), "upload report " + n);
          }
          outcomes.addAll(outcomes(api.sent(admin.id())));
        }
        calls = api.calls();
      }
      issuesAfter = index.issues().size();
    }
    Set<Path> gained = new TreeSet<>(files(sandbox));
    gained.removeAll(before);
    gained.removeIf(p -> p.startsWith(sandbox.resolve("bot")) || p.startsWith(data));
    long inside = gained.stream().filter(p -> p.getParent().equals(seeds)
        && !p.getFileName().toString().startsWith(".")).count();
    long reports = outcomes.stream().filter(t -> t.startsWith("索引报告")).count();
    WhatUsersSee seen = WhatUsersSee.of(calls);
    Figures.add(Section.SECURITY, "The admin's uploads through the bot (download, intake, index, report) with names "
        + "that try to leave the issues folder: ../, ..\\, an absolute path" + (size.full() ? ", a dot file, "
        + "fullwidth dots, a/b/../../../" : ""), inside + " of " + names.size() + " files directly in the folder, "
        + (gained.size() - inside) + " elsewhere; " + reports + " reports; " + seen.problems() + " invalid messages",
        "all in the folder", inside == names.size() && gained.size() == inside && reports == names.size());
    assertThat(gained).allMatch(p -> p.getParent().equals(seeds)).hasSize(names.size());
    assertThat(inside).isEqualTo(names.size());
    assertThat(outcomes).hasSize(names.size()).allMatch(t -> t.startsWith("索引报告"));
    assertThat(issuesAfter).isEqualTo(issuesBefore + names.size());
    assertThat(seen.examples()).isEmpty();
  }

  /** What the admin was told about each upload: the messages that are not the progress line. */
  private static List<String> outcomes(List<Call> sent) {
    return sent.stream().map(c -> TelegramHtml.visible(c.text())).filter(t -> !t.startsWith("⏳")
        && !t.startsWith("✅") && !t.startsWith("❌")).toList();
  }

  private static Set<Path> files(Path root) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      return new TreeSet<>(s.filter(Files::isRegularFile).toList());
    }
  }
}
