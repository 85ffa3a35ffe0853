package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.QuestionHandler;
import dev.newsbot.bot.conversation.ReaderRequests;
import dev.newsbot.bot.conversation.ReaderCommand;
import dev.newsbot.bot.conversation.AskCommand;
import dev.newsbot.bot.conversation.Quota;
import dev.newsbot.bot.conversation.CallbackHandler;
import dev.newsbot.bot.conversation.Dialogue;
import dev.newsbot.bot.admin.StatsCommand;
import dev.newsbot.bot.admin.ReindexCommand;
import dev.newsbot.bot.admin.IndexRunner;
import dev.newsbot.bot.launch.Threads;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.bot.conversation.HelpCommand;
import dev.newsbot.bot.conversation.Languages;
import dev.newsbot.bot.conversation.SourcesCommand;
import dev.newsbot.bot.conversation.StartCommand;
import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.bot.follow.AlertPlanner;
import dev.newsbot.bot.follow.AlertSender;
import dev.newsbot.bot.follow.FollowStore;
import dev.newsbot.bot.follow.Pacer;
import dev.newsbot.bot.health.Metrics;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Telegram bot: long polling with telegrambots, answers from a {@link NewsIndex}; admins add
 * issues through an {@link IssueIntake} over the same index. The front door of this package;
 * nothing else in newsbot imports Telegram.
 *
 * <pre>{@code
 * TelegramBot bot = TelegramBot.start(settings, index, intake, metrics);   // polls until close()
 * bot.awaitClose();
 * }</pre>
 */
public final class TelegramBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  private final Tuning tuning;
  private final Secrets secrets;
  private final OkHttpClient sendHttp;
  private final OkHttpClient pollHttp;
  private final ScheduledExecutorService pollThread;
  private final FeedbackStore store;
  private final UpdateJournal journal;
  private final ChatQueues queues;
  private final User me;
  private final BotApi api;
  private final IndexRunner indexing;
  private final FollowStore follows;
  private final AlertSender alerts;
  private final ScheduledExecutorService alertLook;
  /** The issues at the last look for new ones (the look's own thread only). */
  private List<IssueInfo> looked;
  private UpdateConsumer consumer;
  private TelegramBotsLongPollingApplication polling;
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile boolean stopping;
  private final PollingSockets pollSockets = new PollingSockets();
  private final PollingHealth pollingHealth;

  private TelegramBot(TelegramSettings settings, NewsIndex index, IssueIntake intake, Tuning tuning,
      Metrics metrics) {
    this.tuning = tuning;
    this.secrets = new Secrets(settings.token());
    this.pollingHealth = new PollingHealth(tuning.pollTimeout().plusSeconds(20), System::nanoTime);
    PollingBackOff backOff = new PollingBackOff(tuning.retry(), pollingHealth);
    this.sendHttp = HttpClients.of(tuning.readTimeout(), new ApiErrorInterceptor(secrets, e -> count(metrics, e), () -> false));
    this.pollHttp = HttpClients.of(tuning.pollTimeout().plusSeconds(20), new ApiErrorInterceptor(secrets, e -> {
      backOff.failed(e);
      count(metrics, e);
    }, () -> stopping)).newBuilder().socketFactory(pollSockets).retryOnConnectionFailure(false).build();
    this.pollThread = Executors.newSingleThreadScheduledExecutor(Threads.named("newsbot-polling"));
    URI server = URI.create(settings.apiUrl());
    TelegramUrl url = new TelegramUrl(server.getScheme(), server.getHost(), settings.apiPort(), false);
    this.api = new BotApi(new OkHttpTelegramClient(sendHttp, settings.token(), url), sendHttp, settings,
        tuning.retry(), secrets);
    try {
      this.me = whoAmI(api, settings);
    } catch (RuntimeException e) {
      shutdownHttp();
      throw e;
    }
    this.store = FeedbackStore.open(settings.stateDir());
    this.journal = UpdateJournal.open(settings.stateDir(), Clock.systemUTC());
    this.queues = new ChatQueues(settings.workers(), 10_000);
    this.indexing = new IndexRunner(tuning.progressEvery());
    this.follows = FollowStore.open(settings.stateDir(), Clock.systemUTC());
    this.alerts = new AlertSender(follows, new TelegramAlerts(api, store, follows), new Pacer(System::currentTimeMillis));
    this.alertLook = Executors.newSingleThreadScheduledExecutor(Threads.named("newsbot-alert-look"));
    try {
      Replies replies = new Replies(api);
      ReaderRequests readers = new ReaderRequests(index, follows, store, settings.followMaxTopics(),
          (chat, user) -> GroupAdmins.isAdmin(api, chat, user));
      QuestionHandler questions = new QuestionHandler(index, store,
          new Quota(settings.questionsPerMinute(), Duration.ofMinutes(1), System::nanoTime), settings.maxQuestionChars(),
          settings.questionsPerMinute(), metrics, readers,
          tuning.clock().withZone(settings.paperTimeZone()));
      Dialogue dialogue = new Dialogue(List.of(new StartCommand(index), new HelpCommand(),
          new SourcesCommand(index), new AskCommand(questions), ReaderCommand.latest(readers),
          ReaderCommand.follow(readers), ReaderCommand.following(readers), ReaderCommand.unfollow(readers),
          new ReindexCommand(intake, indexing), new StatsCommand(store, index, indexing, follows)),
          questions, settings::isAdmin);
      CommandMenu menu = new CommandMenu(dialogue.commands());
      menu.publish(api, settings.adminUserIds());
      Languages languages = new Languages();
      UpdateRouter router = new UpdateRouter(me, dialogue, new CallbackHandler(index, store, languages),
          new UploadHandler(settings, api, intake, index, indexing), replies, languages);
      this.consumer = new UpdateConsumer(journal, queues, router, new ObjectMapper(), secrets, api);
      consumer.resume(journal.takeUnfinished());
      alerts.start();
      long every = tuning.alertLook().toMillis();
      alertLook.scheduleWithFixedDelay(() -> lookForNewIssues(index), 0, every, TimeUnit.MILLISECONDS);
      api.callOrThrow(new DeleteWebhook());
      this.polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, () -> pollThread,
          () -> backOff);
      polling.registerBot(settings.token(), () -> url, new OffsetGenerator(journal, tuning.pollTimeout(),
          pollingHealth), consumer);
    } catch (BotApiError | TelegramApiException | RuntimeException e) {
      close();
      throw new IllegalStateException("the Telegram bot could not start: " + secrets.describe(e), secrets.mask(e));
    }
    log.info("Telegram bot @{} is polling {} ({} workers)", me.getUserName(), settings.apiUrl(), settings.workers());
  }

  /**
   * Starts long polling and returns; answers go on in the background until {@link #close()}.
   *
   * @param intake how admins' uploads and {@code /reindex} add issues; it must index into {@code index}
   * @throws IllegalStateException when the Bot API cannot be reached or refuses the token; the
   *                               message says which, without the token
   */
  public static TelegramBot start(TelegramSettings settings, NewsIndex index, IssueIntake intake) {
    return start(settings, index, intake, new Metrics());
  }

  /** As {@link #start(TelegramSettings, NewsIndex, IssueIntake)}, counting questions and Bot API errors. */
  public static TelegramBot start(TelegramSettings settings, NewsIndex index, IssueIntake intake, Metrics metrics) {
    return new TelegramBot(settings, index, intake, Tuning.DEFAULT, metrics);
  }

  static TelegramBot start(TelegramSettings settings, NewsIndex index, IssueIntake intake, Tuning tuning) {
    return new TelegramBot(settings, index, intake, tuning, new Metrics());
  }

  /** Plans the alerts of new issues; the journal is read only when the indexed issues changed. */
  private void lookForNewIssues(NewsIndex index) {
    try {
      List<IssueInfo> now = index.issues();
      if (now.equals(looked)) {
        return;
      }
      if (AlertPlanner.planNew(index, follows) > 0) {
        alerts.wake();
      }
      looked = now;
    } catch (RuntimeException e) {
      log.warn("looking for new issues to alert followers of failed: {}", e.toString());
    }
  }

  /** Why polling looks dead, or nothing while it runs: a health check. */
  public Optional<String> pollingProblem() {
    return closed.getCount() == 0 ? Optional.of("the Telegram bot has stopped") : pollingHealth.problem();
  }

  private static void count(Metrics metrics, BotApiError e) {
    if (e.kind() != BotApiError.Kind.CANCELED) {
      metrics.telegramError(e.status() > 0 ? String.valueOf(e.status()) : e.kind().name().toLowerCase(Locale.ROOT));
    }
  }

  /** Blocks until {@link #close()} has finished. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /** The bot's Telegram username, without '@'. */
  public String username() {
    return me.getUserName();
  }

  private static User whoAmI(BotApi bot, TelegramSettings settings) {
    try {
      User me = bot.callOrThrow(new GetMe());
      if (me == null || me.getUserName() == null) {
        throw new IllegalStateException("getMe gave no username");
      }
      return me;
    } catch (BotApiError e) {
      String hint = e.status() == 401 || e.status() == 404
          ? "the Bot API refused the token: copy it again from @BotFather into telegram.token"
          : "cannot reach the Bot API at " + settings.apiUrl() + ": check telegram.api-url and the network";
      throw new IllegalStateException(hint + " (" + e.getMessage() + ")");
    }
  }

  private void shutdownHttp() {
    HttpClients.shutdown(sendHttp);
    HttpClients.shutdown(pollHttp);
    pollThread.shutdownNow();
    try {
      pollThread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops polling, lets answers under way finish (up to a grace period), and closes the store. */
  @Override
  public synchronized void close() {
    if (closed.getCount() == 0) {
      return;
    }
    stopping = true;
    if (consumer != null) {
      consumer.stop();
    }
    if (polling != null) {
      try {
        polling.close();
      } catch (Exception e) {
        log.warn("stopping polling: {}", secrets.describe(e));
      }
    }
    pollSockets.closeAll();
    pollThread.shutdown();
    try {
      pollThread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (queues != null && !queues.drain(tuning.shutdownGrace())) {
      log.info("answers still under way after {} ms are cut short; they are kept for the next start",
          tuning.shutdownGrace().toMillis());
      api.stop();
      sendHttp.dispatcher().cancelAll();
    }
    if (queues != null) {
      queues.shutdown();
    }
    if (indexing != null) {
      indexing.close(tuning.shutdownGrace());
    }
    if (alertLook != null) {
      alertLook.shutdownNow();
    }
    if (alerts != null) {
      alerts.close();
    }
    shutdownHttp();
    if (store != null) {
      store.close();
    }
    if (journal != null) {
      journal.close();
    }
    if (follows != null) {
      follows.close();
    }
    log.info("Telegram bot stopped");
    closed.countDown();
  }
}
