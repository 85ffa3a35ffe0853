package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.Block;
import dev.newsbot.bot.messages.Messages;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One incoming message and the way back to its sender: replies go to the same chat and topic,
 * and in groups they reply to the message so that everyone sees what was asked.
 */
final class Conversation {

  private final Replies replies;
  private final Message message;
  private final Languages languages;

  Conversation(Replies replies, Message message, Languages languages) {
    this.replies = replies;
    this.message = message;
    this.languages = languages;
  }

  long chatId() {
    return message.getChatId();
  }

  long userId() {
    return message.getFrom().getId();
  }

  int messageId() {
    return message.getMessageId();
  }

  boolean isPrivate() {
    return Boolean.TRUE.equals(message.getChat().isUserChat());
  }

  /**
   * The language of this conversation, for replies that do not answer a question: the user's
   * Telegram app's until they ask, then their questions' ({@link Languages}).
   */
  Messages ui() {
    return languages.of(userId(), message.getFrom().getLanguageCode());
  }

  /** The user asked a question in {@code language}: later replies follow it. */
  void asked(Messages language) {
    languages.asked(userId(), language);
  }

  private Replies.Where where() {
    Integer thread = message.isTopicMessage() ? message.getMessageThreadId() : null;
    return new Replies.Where(chatId(), thread, isPrivate() ? null : message.getMessageId());
  }

  List<Integer> reply(List<Block> blocks) {
    return replies.send(where(), blocks, null);
  }

  List<Integer> reply(List<Block> blocks, InlineKeyboardMarkup keyboard) {
    return replies.send(where(), blocks, keyboard);
  }

  List<Integer> reply(String text) {
    return reply(List.of(Block.plain(text)));
  }

  /** Replaces the text of one of the bot's messages in this chat; false when that failed. */
  boolean edit(int botMessageId, List<Block> blocks) {
    return replies.edit(chatId(), botMessageId, blocks);
  }

  void typing() {
    replies.typing(where());
  }
}
