package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.AnswerView;
import dev.newsbot.bot.conversation.Block;
import dev.newsbot.bot.conversation.Languages;
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
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Handles the buttons under answers. The data must parse, name a stored answer, and come from
 * the very message that answer was sent as; votes only from the person who asked. Anything else
 * gets a short notice, never an error.
 */
final class CallbackHandler {

  private static final Logger log = LoggerFactory.getLogger(CallbackHandler.class);

  private final NewsIndex index;
  private final FeedbackStore store;
  private final Replies replies;
  private final Languages languages;

  CallbackHandler(NewsIndex index, FeedbackStore store, Replies replies, Languages languages) {
    this.index = index;
    this.store = store;
    this.replies = replies;
    this.languages = languages;
  }

  void handle(CallbackQuery query) {
    Messages appUi = languages.of(query.getFrom().getId(), query.getFrom().getLanguageCode());
    Optional<CallbackData> data = CallbackData.parse(query.getData());
    MaybeInaccessibleMessage message = query.getMessage();
    Optional<SentAnswer> sent = data.flatMap(d -> store.answer(d.answerId()));
    if (sent.isEmpty() || message == null || !sentAs(sent.get(), message)) {
      log.info("button refused for user {}: {}", query.getFrom().getId(),
          data.isEmpty() ? "malformed data" : sent.isEmpty() ? "unknown answer" : "not the answer's message");
      replies.acknowledge(query.getId(), appUi.buttonInvalid());
      return;
    }
    CallbackData d = data.get();
    SentAnswer answer = sent.get();
    Messages ui = Messages.of(answer.language());
    switch (d.kind()) {
      case SOURCE -> showSource(query, message, answer, d.n(), ui);
      case UP, DOWN -> vote(query, answer, d.kind() == CallbackData.Kind.UP ? Vote.UP : Vote.DOWN, ui);
    }
  }

  private static boolean sentAs(SentAnswer answer, MaybeInaccessibleMessage message) {
    return message.getChatId() != null && message.getChatId() == answer.chatId()
        && answer.messageId() != null && answer.messageId().equals(message.getMessageId());
  }

  private void showSource(CallbackQuery query, MaybeInaccessibleMessage message, SentAnswer answer, int n, Messages ui) {
    Optional<Citation> citation = answer.citation(n);
    if (citation.isEmpty()) {
      log.info("button refused for user {}: answer {} has no citation {}", query.getFrom().getId(), answer.id(), n);
      replies.acknowledge(query.getId(), ui.buttonInvalid());
      return;
    }
    replies.acknowledge(query.getId(), null);
    Citation c = citation.get();
    List<Block> blocks = index.citedParagraph(c.issue(), c.start(), c.end())
        .map(p -> AnswerView.paragraph(p, ui))
        .orElseGet(() -> AnswerView.storedQuote(c, ui));
    Integer thread = message instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
    replies.send(new Replies.Where(answer.chatId(), thread, message.getMessageId()), blocks, null);
    log.info("source {} of answer {} shown in chat {}", n, answer.id(), answer.chatId());
  }

  private void vote(CallbackQuery query, SentAnswer answer, Vote vote, Messages ui) {
    if (!store.userHash(query.getFrom().getId()).equals(answer.userHash())) {
      log.info("vote refused for user {}: answer {} was asked by someone else", query.getFrom().getId(), answer.id());
      replies.acknowledge(query.getId(), ui.notYourAnswer());
      return;
    }
    store.recordVote(answer.id(), query.getFrom().getId(), vote);
    replies.acknowledge(query.getId(), ui.thanks(vote == Vote.UP));
    log.info("vote {} recorded for answer {}", vote.key(), answer.id());
  }
}
