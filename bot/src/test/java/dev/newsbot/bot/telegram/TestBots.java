package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.MessagePages;
import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.bot.conversation.AnswerView;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Answer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Starts the real bot against a {@link FakeBotApi}, with timings short enough for tests. */
final class TestBots {

  static final long ADMIN = 9001;
  static final Duration WAIT = Duration.ofSeconds(20);

  /** Retries quickly: 5 tries, 100 ms doubling to 1 s, retry_after honoured up to 5 s; progress every 200 ms. */
  static final Tuning FAST = new Tuning(Duration.ofSeconds(10), Duration.ofSeconds(5),
      new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5)), Duration.ofSeconds(5),
      Duration.ofMillis(200));

  /** Dev-set questions about the seed issues; tests compare replies with what the index answers. */
  static final List<String> QUESTIONS = List.of(
      "考书画等级要在哪个网站上报名？",
      "株洲青商会是哪年成立的？",
      "报亭社区剪纸活动请的哪位老师来教？",
      "这次下雪咱们株洲市区能积多厚的雪？",
      "株洲市公安局局长是哪位？",
      "市人社局局长是谁？");

  private TestBots() {}

  /** The first message of the reply a question must get: the index's answer, as Telegram shows it. */
  static String replyTo(NewsIndex index, String question) {
    return MessagePages.of(AnswerView.answer(index.ask(question))).get(0);
  }

  /** A question the index answers with citations (the retrieval module decides which). */
  static String answerable(NewsIndex index) {
    for (String q : QUESTIONS) {
      Answer a = index.ask(q);
      if (!a.abstained() && !a.citations().isEmpty()) {
        return q;
      }
    }
    throw new AssertionError("the index answers none of " + QUESTIONS);
  }

  static TelegramSettings settings(FakeBotApi api, Path dataDir) {
    return TelegramSettings.of(FakeBotApi.TOKEN, dataDir).withApiUrl(api.url()).withAdmins(Set.of(ADMIN));
  }

  /** The bot over a shared index: uploads would go to an empty seeds folder under {@code dataDir}. */
  static TelegramBot start(FakeBotApi api, Path dataDir, NewsIndex index) {
    return start(settings(api, dataDir), index, FAST);
  }

  static TelegramBot start(TelegramSettings settings, NewsIndex index, Tuning tuning) {
    IssueIntake intake = new IssueIntake(index, settings.dataDir().resolve("seeds"), settings.uploadMaxBytes());
    return TelegramBot.start(settings, index, intake, tuning);
  }

  /** An HTTP client whose errors are reported as the bot reports them, the token masked. */
  static OkHttpClient http() {
    Secrets secrets = new Secrets(FakeBotApi.TOKEN);
    return new OkHttpClient.Builder().addInterceptor(new ApiErrorInterceptor(secrets, e -> { }, () -> false)).build();
  }

  /** The bot's outgoing side alone, through telegrambots' real client over {@code http}, retrying by {@code retry}. */
  static BotApi botApi(FakeBotApi api, OkHttpClient http, RetryPolicy retry) {
    TelegramSettings settings = TelegramSettings.of(FakeBotApi.TOKEN, Path.of("unused")).withApiUrl(api.url());
    OkHttpTelegramClient client = new OkHttpTelegramClient(http, FakeBotApi.TOKEN,
        new TelegramUrl("http", "127.0.0.1", settings.apiPort(), false));
    return new BotApi(client, http, settings, retry, new Secrets(FakeBotApi.TOKEN));
  }
}
