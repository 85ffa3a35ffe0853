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
import dev.newsbot.bot.telegram.TelegramSettings;
import dev.newsbot.bot.testkit.Users;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a public bot must keep to itself and to its admins: the token (in no log line, reply,
 * exception or file), admin commands, admin buttons and uploads (refused for everyone else, forged
 * button data included), the seeds folder (no path out of it through an uploaded file name), and
 * its workers (long questions refused, one question at a time per chat, a flood held to the quota).
 */
@ExtendWith(ReliabilityReport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT extends OnSuiteIndex {

  static final SuiteSize SIZE = SuiteSize.current();

  @Test
  @Order(1)
  void theTokenAppearsInNoLogLineReplyExceptionOrFile() throws Exception {
    Person ming = new Person(760_001, "小明", "zh");
    Room chat = Room.privateWith(ming);
    FaultPlan plan = new FaultPlan(SuiteSize.SEED, 0.3, FaultsIT.FAULTED, 2, Duration.ofMillis(200), 1)
        .first("getUpdates", FaultPlan.Kind.SERVER_ERROR).first("sendMessage", FaultPlan.Kind.SERVER_ERROR)
        .first("sendChatAction", FaultPlan.Kind.DROPPED);
    List<String> exceptions = new ArrayList<>();
    List<Call> calls;
    String logText;
    LogCapture.Verdict verdict;
    try (LogCapture log = new LogCapture()) {
      try (FakeBotApi api = new FakeBotApi(plan)) {
        Users users = new Users(api);
        try (TelegramBot bot = SuiteBots.start(SuiteBots.settings(api, dataDir), index)) {
          plan.arm(true);
          for (String q : questions.subList(0, 4)) {
            users.says(chat, ming, q);
          }
          users.sendsDocument(chat, ming, "issue.txt", "株洲日报".getBytes(StandardCharsets.UTF_8));
          users.says(chat, ming, "/reindex");
          users.says(chat, ming, SuiteBots.DONE);
          SuiteBots.awaitDone(api, List.of(ming.id()), SIZE.patience());
        }
        calls = new ArrayList<>(api.calls());
      }
      try (FakeBotApi refusing = new FakeBotApi(FaultPlan.none())) {
        exceptions.add(startFailure(TelegramSettings.of("42:" + FakeBotApi.SECRET, dataDir.resolve("wrong-token"))
            .withApiUrl(refusing.url())));
        calls.addAll(refusing.calls());
      }
      try (FakeBotApi failing = new FakeBotApi(FaultPlan.always(FaultPlan.Kind.NOT_FOUND, Set.of("getMe")))) {
        failing.faults().arm(true);
        exceptions.add(startFailure(SuiteBots.settings(failing, dataDir.resolve("error-page"))));
        calls.addAll(failing.calls());
      }
      logText = log.text();
      verdict = log.verdict(Set.of("BotSession"));
    }
    WhatUsersSee seen = WhatUsersSee.of(calls);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dataDir)) {
      files = s.filter(Files::isRegularFile).toList();
    }
    long inFiles = 0;
    for (Path f : files) {
      inFiles += new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(FakeBotApi.SECRET) ? 1 : 0;
    }
    long inExceptions = exceptions.stream().filter(e -> e.contains(FakeBotApi.SECRET)).count();
    long total = verdict.tokenLines() + seen.token() + inExceptions + inFiles;
    Figures.zero(Section.SECURITY, "Bot token in log lines, Bot API requests' parameters, exception texts (stack traces "
        + "included) and data files, with 5xx error pages that echo the request URL and failed starts (a wrong "
        + "token, a 404 page that echoes it)", total, verdict.lines() + " log lines, " + calls.size() + " requests, "
        + exceptions.size() + " exceptions, " + files.size() + " files");
    assertThat(exceptions).hasSize(2).allMatch(e -> !e.isEmpty());
    assertThat(logText).contains("Telegram bot @" + FakeBotApi.BOT_USERNAME + " is polling");
    assertThat(plan.count(FaultPlan.Kind.SERVER_ERROR)).isPositive();
    assertThat(verdict.tokenLines()).isZero();
    assertThat(seen.token()).isZero();
    assertThat(inExceptions).isZero();
    assertThat(inFiles).isZero();
  }

  @Test
  @Order(2)
  void adminCommandsButtonsAndUploadsAreRefusedForEveryoneElse() throws Exception {
    new AdminOnly(index, dataDir, SIZE).run();
  }

  @Test
  @Order(3)
  void uploadedFileNamesStayInsideTheSeedsFolder(@TempDir Path sandbox) throws Exception {
    Path outside = Path.of("/tmp/newsbot-evil.txt");
    boolean existedBefore = Files.exists(outside);
    UploadNames.Result r = UploadNames.upload(sandbox, UploadNames.HOSTILE);
    long kept = r.landings().stream().filter(l -> l.kept() != null).count();
    boolean outsideWritten = !existedBefore && Files.exists(outside);
    Figures.zero(Section.SECURITY, "Uploaded issue files that landed outside the seeds folder, through their names "
        + "(../, ..\\, absolute paths, URLs, NUL, newline, RTL override, fullwidth dots, 300 characters…)",
        r.escaped() + (outsideWritten ? 1 : 0), r.landings().size() + " names, " + kept + " kept, all directly in "
        + "the folder; " + r.hidden() + " hidden");
    assertThat(r.errors()).isEmpty();
    assertThat(r.elsewhere()).isEmpty();
    assertThat(r.landings()).noneMatch(UploadNames.Landing::escape);
    assertThat(outsideWritten).isFalse();
    assertThat(r.hidden()).isZero();
  }

  @Test
  @Order(4)
  void theAdminsUploadsLandInTheIssuesFolderWhateverTheirNames(@TempDir Path sandbox) throws Exception {
    new AdminUploads(SIZE, sandbox).run();
  }

  @Test
  @Order(5)
  void questionsOverTheLengthLimitAreRefusedPolitely() throws Exception {
    new Limits(index, questions, dataDir, SIZE).lengths();
  }

  @Test
  @Order(6)
  void eachChatIsAnsweredOneQuestionAtATimeAndAFloodIsHeldToTheQuota() throws Exception {
    new Limits(index, questions, dataDir, SIZE).concurrency();
  }

  /** Starts a bot that must fail; returns everything its exception says, stack traces included. */
  private static String startFailure(TelegramSettings settings) {
    try (TelegramBot bot = SuiteBots.start(settings, index)) {
      throw new AssertionError("the bot started with " + settings);
    } catch (IllegalStateException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return trace.toString();
    }
  }
}
