package dev.newsbot.bot.telegram;

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

  static InlineKeyboardMarkup forAnswer(long answerId, List<Citation> citations, Messages ui) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    InlineKeyboardRow row = new InlineKeyboardRow();
    for (Citation c : citations) {
      if (row.size() == PER_ROW) {
        rows.add(row);
        row = new InlineKeyboardRow();
      }
      row.add(button(ui.sourceButton(c.n()), CallbackData.source(answerId, c.n())));
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    rows.add(new InlineKeyboardRow(button("👍", CallbackData.vote(answerId, true)),
        button("👎", CallbackData.vote(answerId, false))));
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  /** The buttons under a list of articles: one per article, numbered as listed, to show its lead. */
  static InlineKeyboardMarkup forLeads(long answerId, List<Citation> leads, Messages ui) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    InlineKeyboardRow row = new InlineKeyboardRow();
    for (Citation c : leads) {
      if (row.size() == 5) {
        rows.add(row);
        row = new InlineKeyboardRow();
      }
      row.add(button(String.valueOf(c.n()), CallbackData.source(answerId, c.n())));
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  private static InlineKeyboardButton button(String text, CallbackData data) {
    return InlineKeyboardButton.builder().text(text).callbackData(data.encode()).build();
  }
}
