package dev.newsbot.bot.cli;

import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;

/** An answer as a person reads it in a terminal: the reply, then its numbered sources. */
final class AnswerPrinter {

  private AnswerPrinter() {}

  static String format(Answer a) {
    StringBuilder sb = new StringBuilder(a.text());
    if (!a.citations().isEmpty()) {
      sb.append("\n\n").append(Messages.of(a.language()).sourcesHeading());
      for (Citation c : a.citations()) {
        sb.append("\n[").append(c.n()).append("] ").append(c.source(a.language()));
      }
    }
    for (String title : a.closestHeadlines()) {
      sb.append("\n· 《").append(title).append('》');
    }
    return sb.toString();
  }
}
