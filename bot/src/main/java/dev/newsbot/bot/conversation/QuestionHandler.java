package dev.newsbot.bot.conversation;

import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.bot.health.Metrics;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.bot.messages.Traditional;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.text.Language;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one question: checks its length and the asker's quota, shows "typing…", asks the
 * index, keeps the answer (so its buttons carry only a number) and sends it with its buttons.
 */
public final class QuestionHandler {

  private static final Logger log = LoggerFactory.getLogger(QuestionHandler.class);

  private final NewsIndex index;
  private final FeedbackStore store;
  private final Quota quota;
  private final int maxChars;
  private final int perMinute;
  private final Metrics metrics;
  private final ReaderRequests readers;
  private final Clock clock;

  /**
   * {@code maxChars} is the longest question answered, {@code perMinute} the questions a reader
   * may ask a minute (what {@code quota} allows, for the reply that says so).
   */
  public QuestionHandler(NewsIndex index, FeedbackStore store, Quota quota, int maxChars, int perMinute,
      Metrics metrics, ReaderRequests readers, Clock clock) {
    this.index = index;
    this.readers = readers;
    this.clock = clock;
    this.metrics = metrics;
    this.store = store;
    this.quota = quota;
    this.maxChars = maxChars;
    this.perMinute = perMinute;
  }

  public void answer(Conversation c, String text) {
    String question = text.strip();
    Messages ui = uiOf(question, c);
    if (question.isEmpty()) {
      c.reply(ui.askUsage());
      return;
    }
    if (readers.handled(c, question)) {
      return;
    }
    int length = question.codePointCount(0, question.length());
    if (length > maxChars) {
      log.info("question of {} characters from user {} refused as too long", length, c.userId());
      c.reply(ui.tooLong(length, maxChars));
      return;
    }
    switch (quota.take(c.userId())) {
      case REFUSE_WITH_NOTICE -> {
        log.info("user {} is over the quota of {} questions a minute", c.userId(), perMinute);
        c.reply(ui.tooFast(perMinute));
        return;
      }
      case REFUSE_QUIETLY -> {
        return;
      }
      case ANSWER -> { }
    }
    c.typing();
    long started = System.nanoTime();
    Answer answer;
    long answerId;
    try {
      long asked = System.nanoTime();
      answer = index.ask(question, LocalDate.now(clock));
      metrics.answered(answer.abstained(), System.nanoTime() - asked);
      answerId = store.recordAnswer(c.chatId(), c.userId(), answer, AnswerText.of(answer));
    } catch (RuntimeException e) {
      log.error("question from user {} in chat {} could not be answered: {}", c.userId(), c.chatId(), e.toString());
      c.reply(ui.somethingWentWrong());
      return;
    }
    Messages words = answer.language() == Language.ENGLISH ? Messages.ENGLISH : ui;
    List<Integer> sent = c.reply(AnswerView.answer(answer, words),
        Buttons.forAnswer(answerId, answer.citations(), words));
    if (sent.isEmpty()) {
      log.warn("answer {} for chat {} could not be sent", answerId, c.chatId());
      return;
    }
    store.attachMessage(answerId, sent.get(sent.size() - 1));
    log.info("answer {} sent to chat {}: {} citation(s){}, {} message(s), {} ms", answerId, c.chatId(),
        answer.citations().size(), answer.abstained() ? ", not found" : "", sent.size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Replies before an answer exists follow the question's script (Latin letters only means
   * English), as the answer will; the conversation goes on in that language. A question with
   * neither (spaces, digits, emoji) is answered in the conversation's language.
   */
  private static Messages uiOf(String question, Conversation c) {
    boolean han = question.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    boolean latin = question.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
        == Character.UnicodeScript.LATIN);
    if (!han && !latin) {
      return c.ui();
    }
    Messages language = !han ? Messages.ENGLISH
        : c.ui() == Messages.TRADITIONAL || Traditional.isWritten(question) ? Messages.TRADITIONAL : Messages.CHINESE;
    c.asked(language);
    return language;
  }
}
