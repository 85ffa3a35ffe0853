package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.Buttons;
import dev.newsbot.bot.conversation.Conversation.Button;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Neutral rows of buttons ({@link dev.newsbot.bot.conversation.Buttons}) as Telegram's inline keyboard. */
final class Keyboards {

  private Keyboards() {}

  static InlineKeyboardMarkup of(List<List<Button>> buttons) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (List<Button> row : buttons) {
      rows.add(new InlineKeyboardRow(row.stream().map(b -> InlineKeyboardButton.builder().text(b.label())
          .callbackData(b.data()).build()).toList()));
    }
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }
}
