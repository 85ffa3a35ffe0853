package dev.newsbot.bot.conversation;

import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.bot.feedback.SentAnswer;
import dev.newsbot.bot.feedback.Vote;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Citation;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles the buttons under answers. The data must parse, name a stored answer, and come from
 * the very message that answer was sent as; votes only from the person who asked. Anything else
 * gets a short notice, never an error.
 */
public final class CallbackHandler {

  private static final Logger log = LoggerFactory.getLogger(CallbackHandler.class);

  private final NewsIndex index;
  private final FeedbackStore store;
  private final Languages languages;

  public CallbackHandler(NewsIndex index, FeedbackStore store, Languages languages) {
    this.index = index;
    this.store = store;
    this.languages = languages;
  }

  public void handle(ButtonPress query) {
    Messages appUi = languages.of(query.userId(), query.languageCode());
    Optional<CallbackData> data = CallbackData.parse(query.data());
    Optional<SentAnswer> sent = data.flatMap(d -> store.answer(d.answerId()));
    if (sent.isEmpty() || !sentAs(sent.get(), query)) {
      log.info("button refused for user {}: {}", query.userId(),
          data.isEmpty() ? "malformed data" : sent.isEmpty() ? "unknown answer" : "not the answer's message");
      query.acknowledge(appUi.buttonInvalid());
      return;
    }
    CallbackData d = data.get();
    SentAnswer answer = sent.get();
    Messages ui = Messages.of(answer.language());
    switch (d.kind()) {
      case SOURCE -> showSource(query, answer, d.n(), ui);
      case UP, DOWN -> vote(query, answer, d.kind() == CallbackData.Kind.UP ? Vote.UP : Vote.DOWN, ui);
    }
  }

  private static boolean sentAs(SentAnswer answer, ButtonPress press) {
    return press.chatId() != null && press.chatId() == answer.chatId()
        && answer.messageId() != null && answer.messageId().equals(press.messageId());
  }

  private void showSource(ButtonPress query, SentAnswer answer, int n, Messages ui) {
    Optional<Citation> citation = answer.citation(n);
    if (citation.isEmpty()) {
      log.info("button refused for user {}: answer {} has no citation {}", query.userId(), answer.id(), n);
      query.acknowledge(ui.buttonInvalid());
      return;
    }
    query.acknowledge(null);
    Citation c = citation.get();
    List<Block> blocks = index.citedParagraph(c.issue(), c.start(), c.end())
        .map(p -> AnswerView.paragraph(p, ui))
        .orElseGet(() -> AnswerView.storedQuote(c, ui));
    query.reply(blocks);
    log.info("source {} of answer {} shown in chat {}", n, answer.id(), answer.chatId());
  }

  private void vote(ButtonPress query, SentAnswer answer, Vote vote, Messages ui) {
    if (!store.userHash(query.userId()).equals(answer.userHash())) {
      log.info("vote refused for user {}: answer {} was asked by someone else", query.userId(), answer.id());
      query.acknowledge(ui.notYourAnswer());
      return;
    }
    store.recordVote(answer.id(), query.userId(), vote);
    query.acknowledge(ui.thanks(vote == Vote.UP));
    log.info("vote {} recorded for answer {}", vote.key(), answer.id());
  }
}
