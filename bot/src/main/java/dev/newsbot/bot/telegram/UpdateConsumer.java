package dev.newsbot.bot.telegram;

import dev.newsbot.bot.launch.FatalErrors;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Takes the updates telegrambots' polling thread hands over and returns at once: each update is
 * written to the journal (a duplicate update_id stops here), then queued for its chat. It never
 * throws an exception (an Error ends the process: {@link FatalErrors}): one escaping
 * {@code consume} would end telegrambots' polling task for good
 * ({@code BotSession} polls with {@code scheduleAtFixedRate} and catches only
 * TelegramApiException). A question identical to one the same user has queued in the same chat
 * is dropped, so it is not answered twice.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

  private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);

  private final UpdateJournal journal;
  private final ChatQueues queues;
  private final UpdateRouter router;
  private final ObjectMapper json;
  private final Secrets secrets;
  private final BotApi api;
  private final Set<String> queuedTexts = ConcurrentHashMap.newKeySet();
  private volatile boolean stopped;

  UpdateConsumer(UpdateJournal journal, ChatQueues queues, UpdateRouter router, ObjectMapper json, Secrets secrets,
      BotApi api) {
    this.journal = journal;
    this.api = api;
    this.secrets = secrets;
    this.queues = queues;
    this.router = router;
    this.json = json;
  }

  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      if (stopped) {
        return;
      }
      try {
        if (journal.accept(update.getUpdateId(), json.writeValueAsString(update))) {
          dispatch(update);
        } else {
          log.info("update {} delivered again; already handled or queued", update.getUpdateId());
        }
      } catch (Exception e) {
        log.error("update {} could not be queued: {}", update.getUpdateId(), e.getClass().getName());
      } catch (Error e) {
        FatalErrors.halt("queueing update " + update.getUpdateId(), e);
      }
    }
  }

  /** Queues what a crash or stop left unfinished, before polling starts. */
  void resume(List<UpdateJournal.Pending> unfinished) {
    for (UpdateJournal.Pending p : unfinished) {
      try {
        log.info("update {} was not finished before the last stop; handling it now (try {})", p.updateId(),
            p.attempts());
        dispatch(json.readValue(p.json(), Update.class));
      } catch (Exception e) {
        log.error("unfinished update {} is unreadable and dropped: {}", p.updateId(), e.getClass().getName());
        journal.done(p.updateId());
      }
    }
  }

  private void dispatch(Update update) {
    int id = update.getUpdateId();
    String text = textKey(update);
    if (text != null && !queuedTexts.add(text)) {
      log.info("update {} repeats a question still queued in its chat; not answered twice", id);
      journal.done(id);
      return;
    }
    boolean queued = queues.submit(chatOf(update), () -> handle(update, text));
    if (!queued) {
      if (text != null) {
        queuedTexts.remove(text);
      }
      log.warn("update {} not queued (stopping or overloaded); it stays in bot.db for the next start", id);
    }
  }

  private void handle(Update update, String text) {
    try {
      router.route(update);
    } catch (Exception e) {
      log.error("update {} failed: {}", update.getUpdateId(), e.getClass().getName(), secrets.mask(e));
    } catch (Error e) {
      FatalErrors.halt("handling update " + update.getUpdateId(), e);
    } finally {
      if (text != null) {
        queuedTexts.remove(text);
      }
      try {
        if (api.takeCutShort()) {
          log.info("update {} was cut short by the stop; it will be handled at the next start", update.getUpdateId());
        } else {
          journal.done(update.getUpdateId());
        }
      } catch (RuntimeException e) {
        log.error("update {} handled but not marked so in bot.db: {}", update.getUpdateId(), e.getMessage());
      }
    }
  }

  /** chat, user and text of a text message, or null for anything else. */
  private static String textKey(Update u) {
    Message m = u.getMessage();
    if (m == null || m.getText() == null || m.getFrom() == null) {
      return null;
    }
    return m.getChatId() + "\u0000" + m.getFrom().getId() + "\u0000" + m.getText().strip();
  }

  /** The chat whose queue an update joins: the message's chat, or the user for anything chat-less. */
  static long chatOf(Update u) {
    if (u.hasMessage()) {
      return u.getMessage().getChatId();
    }
    if (u.hasCallbackQuery()) {
      var q = u.getCallbackQuery();
      return q.getMessage() != null && q.getMessage().getChatId() != null ? q.getMessage().getChatId()
          : q.getFrom().getId();
    }
    if (u.hasEditedMessage()) {
      return u.getEditedMessage().getChatId();
    }
    if (u.hasChannelPost()) {
      return u.getChannelPost().getChatId();
    }
    return 0L;
  }

  /** Stops taking updates; those telegrambots still hands over stay undelivered for the next start. */
  void stop() {
    stopped = true;
  }
}
