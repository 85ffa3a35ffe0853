package dev.newsbot.bot.telegram;

import static dev.newsbot.bot.telegram.TestBots.WAIT;

import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real bot, talking to a {@link FakeBotApi}, over a real SQLite index of some seed issues
 * made without the model (lexical search, {@link GatedEmbedder}), with the intake admins use: its
 * seeds folder and the index live in a test's temporary folder. The index and the bot's
 * {@code bot.db} share one data folder, as in production.
 */
final class AdminDesk implements AutoCloseable {

  static final String A = "000_6a32f752367869b0.txt";
  static final String B = "001_4237cd71e9e911f0.txt";
  /** Left out of the seeds folder: the new issue admins add. */
  static final String C = "002_a6ff651a8bc0a567.txt";
  static final String D = "003_6c0e209a15f5e767.txt";
  /** Answered (lexically) from issue C only, citing it. */
  static final String ABOUT_C = "咱们株洲那2辆母亲健康快车分别放在哪里？";

  final Person admin = Person.user(TestBots.ADMIN, "编辑", "zh-hans");
  final Room adminChat = Room.privateWith(admin);
  final Path seeds;
  final Path data;
  final GatedEmbedder embedder = new GatedEmbedder();
  final NewsIndex index;
  final FakeBotApi api;
  final IssueIntake intake;
  final TelegramSettings settings;
  final Tuning tuning;
  TelegramBot bot;

  /** Indexes A, B and D into {@code dir}, then starts the bot with {@code uploadMaxBytes}. */
  AdminDesk(Path dir, long uploadMaxBytes) throws IOException {
    this(dir, uploadMaxBytes, TestBots.FAST);
  }

  /** As {@link #AdminDesk(Path, long)} with the bot's timings and clock. */
  AdminDesk(Path dir, long uploadMaxBytes, Tuning tuning) throws IOException {
    seeds = Files.createDirectories(dir.resolve("seeds"));
    data = Files.createDirectories(dir.resolve("data"));
    for (String f : List.of(A, B, D)) {
      Files.copy(SeedIndex.SEEDS.resolve(f), seeds.resolve(f));
    }
    index = NewsIndex.open(data, embedder, SearchMode.LEXICAL);
    intake = new IssueIntake(index, seeds, uploadMaxBytes);
    intake.reindex(false, IndexProgress.NONE);
    api = new FakeBotApi();
    settings = TestBots.settings(api, data).withUploadMaxBytes(uploadMaxBytes);
    this.tuning = tuning;
    bot = TelegramBot.start(settings, index, intake, tuning);
  }

  static byte[] seed(String file) throws IOException {
    return Files.readAllBytes(SeedIndex.SEEDS.resolve(file));
  }

  static String seedText(String file) throws IOException {
    return Files.readString(SeedIndex.SEEDS.resolve(file));
  }

  IssueInfo issue(String file) {
    return index.issues().stream().filter(i -> i.issue().equals(file)).findFirst()
        .orElseThrow(() -> new AssertionError(file + " is not indexed; indexed: " + index.issues()));
  }

  /** The admin sends {@code text}; returns the bot's next message in the admin's chat. */
  String adminSays(String text) {
    int before = api.sent(admin.id()).size();
    api.users.says(adminChat, admin, text);
    return api.awaitSent(admin.id(), before + 1, WAIT).get(before).text();
  }

  /** The admin sends a file; returns the bot's next message in the admin's chat. */
  String adminSends(String fileName, byte[] bytes) {
    int before = api.sent(admin.id()).size();
    api.users.sendsDocument(adminChat, admin, fileName, bytes);
    return api.awaitSent(admin.id(), before + 1, WAIT).get(before).text();
  }

  /** The admin sends a file that gets indexed; returns the report (the message after the progress message). */
  String adminAdds(String fileName, byte[] bytes) {
    int before = api.sent(admin.id()).size();
    api.users.sendsDocument(adminChat, admin, fileName, bytes);
    List<Call> sent = api.awaitSent(admin.id(), before + 2, WAIT);
    return sent.get(before + 1).text();
  }

  /** Stops the bot and starts a new one over the same data folder, as a restart does. */
  void restartBot() {
    bot.close();
    bot = TelegramBot.start(settings, index, intake, tuning);
  }

  @Override
  public void close() {
    embedder.release();
    bot.close();
    api.close();
    index.close();
  }
}
