package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.Block;
import dev.newsbot.bot.conversation.Conversation;
import dev.newsbot.bot.conversation.Languages;
import dev.newsbot.bot.messages.Messages;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One incoming message and the way back to its sender: replies go to the same chat and topic,
 * and in groups they reply to the message so that everyone sees what was asked.
 */
final class TelegramConversation implements Conversation {

  private final Replies replies;
  private final Message message;
  private final Languages languages;

  TelegramConversation(Replies replies, Message message, Languages languages) {
    this.replies = replies;
    this.message = message;
    this.languages = languages;
  }

  @Override
  public long chatId() {
    return message.getChatId();
  }

  @Override
  public long userId() {
    return message.getFrom().getId();
  }

  int messageId() {
    return message.getMessageId();
  }

  @Override
  public boolean isPrivate() {
    return Boolean.TRUE.equals(message.getChat().isUserChat());
  }

  /**
   * The language of this conversation, for replies that do not answer a question: the user's
   * Telegram app's until they ask, then their questions' ({@link Languages}).
   */
  @Override
  public Messages ui() {
    return languages.of(userId(), message.getFrom().getLanguageCode());
  }

  /** The user asked a question in {@code language}: later replies follow it. */
  @Override
  public void asked(Messages language) {
    languages.asked(userId(), language);
  }

  private Replies.Where where() {
    Integer thread = message.isTopicMessage() ? message.getMessageThreadId() : null;
    return new Replies.Where(chatId(), thread, isPrivate() ? null : message.getMessageId());
  }

  @Override
  public List<Integer> reply(List<Block> blocks) {
    return replies.send(where(), blocks, null);
  }

  @Override
  public List<Integer> reply(List<Block> blocks, List<List<Button>> buttons) {
    return reply(blocks, Keyboards.of(buttons));
  }

  List<Integer> reply(List<Block> blocks, InlineKeyboardMarkup keyboard) {
    return replies.send(where(), blocks, keyboard);
  }

  /** Replaces the text of one of the bot's messages in this chat; false when that failed. */
  @Override
  public boolean edit(int botMessageId, List<Block> blocks) {
    return replies.edit(chatId(), botMessageId, blocks);
  }

  @Override
  public void typing() {
    replies.typing(where());
  }
}
