package dev.newsbot.bot.telegram;

/** {@code /ask <question>}: asks a question, the way to ask in a group without mentioning the bot. */
final class AskCommand implements Command {

  private final QuestionHandler questions;

  AskCommand(QuestionHandler questions) {
    this.questions = questions;
  }

  @Override
  public String name() {
    return "ask";
  }

  @Override
  public String description(Ui ui) {
    return ui == Ui.ENGLISH ? "Ask a question (in groups: /ask your question)" : "提问（群里用：/ask 你的问题）";
  }

  @Override
  public void run(Conversation c, String args) {
    questions.answer(c, args);
  }
}
