package dev.newsbot.bot.conversation;

import dev.newsbot.bot.messages.Messages;
import java.util.List;

/**
 * One person talking to the bot, whatever carries the words: the commands and the rendering
 * talk to this, the Telegram adapter and the console chat implement it.
 */
public interface Conversation {

  /** A button under a reply: what it shows and what pressing it sends back. */
  record Button(String label, String data) {}

  long chatId();

  long userId();

  boolean isPrivate();

  /** The language of this conversation, for replies that do not answer a question. */
  Messages ui();

  /** The user asked a question in {@code language}: later replies follow it. */
  void asked(Messages language);

  /** Sends the blocks; returns the ids of the messages sent, in order (fewer when sending failed). */
  List<Integer> reply(List<Block> blocks);

  /** Sends the blocks with rows of buttons under the last message. */
  List<Integer> reply(List<Block> blocks, List<List<Button>> buttons);

  default List<Integer> reply(String text) {
    return reply(List.of(Block.plain(text)));
  }

  /** Replaces the text of one of the bot's messages in this conversation; false when that failed. */
  boolean edit(int botMessageId, List<Block> blocks);

  /** Shows that an answer is on its way. */
  void typing();
}
