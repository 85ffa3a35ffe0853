package dev.newsbot.bot.conversation;

import dev.newsbot.bot.telegram.TelegramBot;

/** A use of the Telegram adapter inside the conversation, planted for the transport test to find. */
public final class PlantedAdapterUse {

  public void stop(TelegramBot bot) {
    bot.close();
  }
}
