package dev.newsbot.bot.conversation;

import java.util.List;

/**
 * A press of a button under one of the bot's messages, and the way to answer it, whatever
 * carries it: the Telegram adapter builds one per callback query.
 */
public interface ButtonPress {

  /** Who pressed. */
  long userId();

  /** The presser's app language ("en", "zh-hant"…), or null when not known. */
  String languageCode();

  /** What the button carries ({@link CallbackData}, encoded). */
  String data();

  /** The chat of the message the button is under, or null when that message can no longer be read. */
  Long chatId();

  /** The message the button is under, or null when it can no longer be read. */
  Integer messageId();

  /** Answers the press with a short notice, or with none when {@code notice} is null. */
  void acknowledge(String notice);

  /** Sends the blocks to the chat of the message the button is under, replying to it. */
  void reply(List<Block> blocks);
}
