package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.Block;
import dev.newsbot.bot.conversation.ButtonPress;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** One callback query as a {@link ButtonPress}: acknowledged with answerCallbackQuery, replies in the message's topic. */
final class TelegramPress implements ButtonPress {

  private final CallbackQuery query;
  private final Replies replies;

  TelegramPress(CallbackQuery query, Replies replies) {
    this.query = query;
    this.replies = replies;
  }

  @Override
  public long userId() {
    return query.getFrom().getId();
  }

  @Override
  public String languageCode() {
    return query.getFrom().getLanguageCode();
  }

  @Override
  public String data() {
    return query.getData();
  }

  @Override
  public Long chatId() {
    return query.getMessage() == null ? null : query.getMessage().getChatId();
  }

  @Override
  public Integer messageId() {
    return query.getMessage() == null ? null : query.getMessage().getMessageId();
  }

  @Override
  public void acknowledge(String notice) {
    replies.acknowledge(query.getId(), notice);
  }

  @Override
  public void reply(List<Block> blocks) {
    MaybeInaccessibleMessage message = query.getMessage();
    Integer thread = message instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
    replies.send(new Replies.Where(message.getChatId(), thread, message.getMessageId()), blocks, null);
  }
}
