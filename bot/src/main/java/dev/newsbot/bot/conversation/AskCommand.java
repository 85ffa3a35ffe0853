package dev.newsbot.bot.conversation;

import dev.newsbot.bot.messages.Messages;

/** {@code /ask <question>}: asks a question, the way to ask in a group without mentioning the bot. */
public final class AskCommand implements Command {

  private final QuestionHandler questions;

  public AskCommand(QuestionHandler questions) {
    this.questions = questions;
  }

  @Override
  public String name() {
    return "ask";
  }

  @Override
  public String description(Messages ui) {
    return ui.text("command.ask");
  }

  @Override
  public void run(Conversation c, String args) {
    questions.answer(c, args);
  }
}
