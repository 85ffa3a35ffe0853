package dev.newsbot.bot.conversation;

import org.telegram.telegrambots.meta.api.objects.message.Message;

/** A use of Telegram's types inside the conversation, planted for the transport test to find. */
public final class PlantedTelegramUse {

  public String text(Message message) {
    return message.getText();
  }
}
