package dev.newsbot.bot.conversation;

import dev.newsbot.bot.conversation.Conversation.Button;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.answer.Citation;
import java.util.ArrayList;
import java.util.List;

/** The buttons under an answer: one per citation to show its paragraph, then 👍 and 👎; under a list, one per article. */
public final class Buttons {

  private static final int PER_ROW = 3;
  private static final int LEADS_PER_ROW = 5;

  private Buttons() {}

  public static List<List<Button>> forAnswer(long answerId, List<Citation> citations, Messages ui) {
    List<List<Button>> rows = rows(citations.stream()
        .map(c -> new Button(ui.sourceButton(c.n()), CallbackData.source(answerId, c.n()).encode())).toList(), PER_ROW);
    rows.add(List.of(new Button("👍", CallbackData.vote(answerId, true).encode()),
        new Button("👎", CallbackData.vote(answerId, false).encode())));
    return rows;
  }

  /** The buttons under a list of articles: one per article, numbered as listed, to show its lead. */
  public static List<List<Button>> forLeads(long answerId, List<Citation> leads) {
    return rows(leads.stream()
        .map(c -> new Button(String.valueOf(c.n()), CallbackData.source(answerId, c.n()).encode())).toList(),
        LEADS_PER_ROW);
  }

  private static List<List<Button>> rows(List<Button> buttons, int perRow) {
    List<List<Button>> rows = new ArrayList<>();
    for (int i = 0; i < buttons.size(); i += perRow) {
      rows.add(List.copyOf(buttons.subList(i, Math.min(buttons.size(), i + perRow))));
    }
    return rows;
  }
}
