package dev.newsbot.bot.reliability;

import dev.newsbot.bot.launch.FatalErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.reliability.Figures.Section;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.FaultPlan;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.bot.testkit.Users;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot as a supervisor runs it: {@code run} in a JVM of its own against a Bot API server on
 * 127.0.0.1. Its /healthz and /metrics answer real HTTP GETs on 127.0.0.1 (and the {@code health}
 * subcommand a HEALTHCHECK runs), the bot answers from another process's commit within 5 s,
 * and an OutOfMemoryError ends the process with exit 70 for the supervisor to restart it.
 */
@ExtendWith(ReliabilityReport.class)
class BotProcessIT {

  static final Duration PATIENCE = Duration.ofMinutes(2);
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final String QUESTION = "考书画等级要在哪个网站上报名？";

  @TempDir
  Path dir;

  @Test
  void healthAndMetricsAnswerASupervisorAndAnErrorEndsTheProcess() throws Exception {
    Path data = NewsbotProcess.copyOfSeedIndex(dir.resolve("data"));
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    int port = NewsbotProcess.freePort();
    try (FakeBotApi api = new FakeBotApi(FaultPlan.none().first("sendmessage", FaultPlan.Kind.RATE_LIMITED))) {
      api.faults().arm(true);
      Map<String, String> env = Map.of("NEWSBOT_TELEGRAM_TOKEN", FakeBotApi.TOKEN, "NEWSBOT_TELEGRAM_API_URL",
          api.url(), "NEWSBOT_DATA_DIR", data.toString(), "NEWSBOT_SEEDS_DIR", seeds.toString(),
          "NEWSBOT_ADMIN_USER_IDS", String.valueOf(SuiteBots.ADMIN), "NEWSBOT_HEALTH_PORT", String.valueOf(port),
          "NEWSBOT_UPLOAD_MAX_BYTES", String.valueOf(200L * 1024 * 1024));
      Path log = dir.resolve("bot-stderr.txt");
      long t0 = System.nanoTime();
      Process bot = NewsbotProcess.builder(dir, List.of("-Xmx128m"), env, List.of("run"))
          .redirectOutput(dir.resolve("bot-stdout.txt").toFile()).redirectError(log.toFile()).start();
      try {
        HttpResponse<String> healthy = awaitHealthz(port, bot, log);
        long upMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(healthy.body()).isEqualTo("ok\n");
        NewsbotProcess.Result check = NewsbotProcess.run(dir, env, PATIENCE, "health");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).isEqualTo("ok\n");

        Person reader = new Person(8_100_001L, "读者", "zh");
        new Users(api).says(Room.privateWith(reader), reader, QUESTION);
        api.awaitSent(reader.id(), 1, PATIENCE);
        String metrics = get(port, "/metrics").body();
        assertThat(metrics.lines()).contains("newsbot_questions_total 1.0", "newsbot_abstentions_total 0.0",
            "newsbot_answer_duration_seconds_count 1", "newsbot_telegram_errors_total{code=\"429\"} 1.0",
            "newsbot_index_issues 5.0");
        long generation = gauge(metrics, "newsbot_index_generation");

        Path extra = dir.resolve("extra.txt");
        String text = Files.readString(SuiteIndex.SEEDS.resolve("004_45ad87969ec02bf0.txt"));
        Files.writeString(extra, text.substring(0, text.indexOf("\n\n", 2000)));
        NewsbotProcess.Result add = NewsbotProcess.run(dir, env, PATIENCE, "index", "--add", extra.toString());
        assertThat(add.exit()).as(add.err()).isZero();
        long followMillis = awaitFollowed(port, generation + 1);
        assertThat(followMillis).as("ms until /healthz says ok at the new generation").isLessThan(5_000);
        String after = get(port, "/metrics").body();
        assertThat(after.lines()).contains("newsbot_index_issues 6.0",
            "newsbot_index_generation " + (generation + 1) + ".0");
        assertThat(NewsbotProcess.run(dir, env, PATIENCE, "health").exit()).isZero();

        Person admin = new Person(SuiteBots.ADMIN, "Admin", "zh");
        long sent = System.nanoTime();
        new Users(api).sendsDocument(Room.privateWith(admin), admin, "huge.txt", new byte[190_000_000]);
        assertThat(bot.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the bot ended").isTrue();
        long endMillis = (System.nanoTime() - sent) / 1_000_000;
        assertThat(bot.exitValue()).isEqualTo(70);
        // the upload is downloaded in the indexing job; an OOM that strikes another thread at that moment ends it too
        assertThat(Files.readString(log)).containsPattern("ERROR FatalErrors - java.lang.OutOfMemoryError while"
            + " (indexing|handling update \\d+|running thread [\\w-]+): newsbot stops \\(exit 70\\) so that its"
            + " supervisor starts it again");
        NewsbotProcess.Result gone = NewsbotProcess.run(dir, env, PATIENCE, "health");
        assertThat(gone.exit()).isEqualTo(1);
        assertThat(gone.out()).isEqualTo("unhealthy: no answer from http://127.0.0.1:" + port + "/healthz (is newsbot"
            + " running with this health.port?)\n");

        Figures.add(Section.OPERATIONS, "`run` in a real process, its /healthz and the `health` subcommand (real HTTP"
            + " GETs on 127.0.0.1) while starting, polling, and after another process's `index --add`",
            "503 \"starting\", then 200 \"ok\" " + upMillis + " ms after start (`health` exit 0); after the other"
                + " process's commit 200 \"ok\" at generation " + (generation + 1) + " with 6 issues " + followMillis
                + " ms after it ended (`health` exit 0)", "200 while healthy, 503 with the reason; the new"
                + " generation within 5 s", true);
        Figures.add(Section.OPERATIONS, "/metrics after one question whose reply met one 429",
            "questions 1, abstentions 0, latency histogram count 1, Telegram errors {code=429} 1, index 5 issues"
                + " at generation " + generation, "counts as made", true);
        Figures.add(Section.OPERATIONS, "An OutOfMemoryError in the bot (an admin's 190 MB upload, 128 MB heap)",
            "process ended with exit 70 " + endMillis + " ms after the upload, one ERROR line; `health` exit 1",
            "the process ends, non-zero", true);
      } finally {
        bot.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** Polls /healthz (bounded) until 200; a 503 "starting" or no answer before is what starting looks like. */
  private static HttpResponse<String> awaitHealthz(int port, Process bot, Path log) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    boolean sawStarting = false;
    while (System.nanoTime() < deadline && bot.isAlive()) {
      try {
        HttpResponse<String> r = get(port, "/healthz");
        if (r.statusCode() == 200) {
          assertThat(sawStarting).as("/healthz said 'starting' while the index was opened").isTrue();
          return r;
        }
        assertThat(r.statusCode()).isEqualTo(503);
        sawStarting |= r.body().equals("unhealthy: starting: the index is being opened\n");
      } catch (IOException notListeningYet) {
        // the JVM is still starting
      }
      Thread.sleep(100);
    }
    throw new AssertionError("/healthz never said ok; the bot's log:\n" + Files.readString(log));
  }

  /**
   * Polls /healthz and /metrics (bounded) until the bot answers ok from {@code generation}; the
   * milliseconds that took. A 503 meanwhile must name the generations.
   */
  private static long awaitFollowed(int port, long generation) throws Exception {
    long t0 = System.nanoTime();
    long deadline = t0 + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = get(port, "/healthz");
      if (r.statusCode() == 200 && gauge(get(port, "/metrics").body(), "newsbot_index_generation") == generation) {
        return (System.nanoTime() - t0) / 1_000_000;
      }
      if (r.statusCode() != 200) {
        assertThat(r.body()).isEqualTo("unhealthy: the index answers from generation " + (generation - 1)
            + " but the store holds generation " + generation + " (another process changed it): it is read again"
            + " within seconds\n");
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the bot never answered from generation " + generation);
  }

  private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long gauge(String metrics, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + " (\\d+)\\.0$").matcher(metrics);
    assertThat(m.find()).as(name + " in /metrics").isTrue();
    return Long.parseLong(m.group(1));
  }
}
