package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.Conversation.Button;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.answer.Citation;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** The buttons under an answer: one per citation to show its paragraph, then 👍 and 👎. */
final class Keyboards {

  private static final int PER_ROW = 3;

  private Keyboards() {}

  static List<List<Button>> forAnswer(long answerId, List<Citation> citations, Messages ui) {
    List<List<Button>> rows = new ArrayList<>();
    List<Button> row = new ArrayList<>();
    for (Citation c : citations) {
      if (row.size() == PER_ROW) {
        rows.add(row);
        row = new ArrayList<>();
      }
      row.add(new Button(ui.sourceButton(c.n()), CallbackData.source(answerId, c.n()).encode()));
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    rows.add(List.of(new Button("👍", CallbackData.vote(answerId, true).encode()),
        new Button("👎", CallbackData.vote(answerId, false).encode())));
    return rows;
  }

  /** The buttons under a list of articles: one per article, numbered as listed, to show its lead. */
  static List<List<Button>> forLeads(long answerId, List<Citation> leads) {
    List<List<Button>> rows = new ArrayList<>();
    List<Button> row = new ArrayList<>();
    for (Citation c : leads) {
      if (row.size() == 5) {
        rows.add(row);
        row = new ArrayList<>();
      }
      row.add(new Button(String.valueOf(c.n()), CallbackData.source(answerId, c.n()).encode()));
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }

  /** Neutral rows of buttons as Telegram's inline keyboard. */
  static InlineKeyboardMarkup of(List<List<Button>> buttons) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (List<Button> row : buttons) {
      rows.add(new InlineKeyboardRow(row.stream().map(b -> InlineKeyboardButton.builder().text(b.label())
          .callbackData(b.data()).build()).toList()));
    }
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }
}
