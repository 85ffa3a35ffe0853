package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.MessagePages;
import dev.newsbot.bot.conversation.Buttons;
import dev.newsbot.bot.conversation.Block;
import dev.newsbot.bot.conversation.Span;
import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.bot.follow.Alert;
import dev.newsbot.bot.follow.AlertSender;
import dev.newsbot.bot.follow.FollowStore;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.text.Language;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Delivers one alert as one Telegram message: the topic, the headline with date and page, the
 * best matching sentence quoted, and its citation button (the alert is kept as an answer, so the
 * button works as under any answer). Sent once, without retries here: the sender paces and
 * retries, and a 403 means the reader blocked the bot.
 */
final class TelegramAlerts implements AlertSender.Delivery {

  private final BotApi api;
  private final FeedbackStore answers;
  private final FollowStore follows;

  TelegramAlerts(BotApi api, FeedbackStore answers, FollowStore follows) {
    this.api = api;
    this.answers = answers;
    this.follows = follows;
  }

  static List<Block> view(Alert a, Messages ui) {
    String where = a.page() > 0 ? ui.text("alert.where", ui.day(a.date(), false), ui.text("alert.page", a.page()))
        : ui.day(a.date(), false);
    return List.of(Block.of(Span.plain(ui.text("alert.heading", a.topic()))),
        Block.of(Span.bold("《" + a.title() + "》"), Span.plain(" " + a.paper() + " · " + where)),
        Block.plain("“" + a.quote() + "”[1]"));
  }

  @Override
  public AlertSender.Outcome deliver(long chatId, Alert alert) {
    Messages ui = language(chatId);
    Citation c = new Citation(1, alert.issue(), alert.paper(), alert.date(), false, alert.title(), 1, alert.start(),
        alert.end(), alert.quote(), "", alert.page());
    List<Block> blocks = view(alert, ui);
    long id = answers.recordAnswer(chatId, chatId, Answer.quoted(alert.topic(),
        ui == Messages.ENGLISH ? Language.ENGLISH : Language.CHINESE, List.of(c)), Block.text(blocks));
    try {
      Message sent = api.callOrThrow(SendMessage.builder().chatId(chatId).text(MessagePages.of(blocks).get(0))
          .parseMode("HTML").linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
          .replyMarkup(Keyboards.of(Buttons.forAnswer(id, List.of(c), ui))).build());
      if (sent != null) {
        answers.attachMessage(id, sent.getMessageId());
      }
      return new AlertSender.Outcome.Sent();
    } catch (BotApiError e) {
      if (e.status() == 403) {
        return new AlertSender.Outcome.Blocked();
      }
      if (e.status() == 400) {
        return new AlertSender.Outcome.Rejected(e.getMessage());
      }
      if (e.kind() == BotApiError.Kind.RATE_LIMITED) {
        return new AlertSender.Outcome.TooMany(Math.max(1, e.retryAfterSeconds()));
      }
      return new AlertSender.Outcome.Failed(e.getMessage());
    }
  }

  private Messages language(long chatId) {
    return follows.topics(chatId).stream().findFirst().map(f -> {
      try {
        return Messages.valueOf(f.language());
      } catch (IllegalArgumentException e) {
        return Messages.CHINESE;
      }
    }).orElse(Messages.CHINESE);
  }
}
