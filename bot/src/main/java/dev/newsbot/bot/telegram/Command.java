package dev.newsbot.bot.telegram;

/** One slash command; {@link CommandMenu} lists them with Telegram. */
interface Command {

  /** The command without its slash, e.g. "start". */
  String name();

  /** The line Telegram shows in the command menu. */
  String description(Ui ui);

  /** Handles the command; {@code args} is the text after it, stripped (maybe empty). */
  void run(Conversation c, String args);
}
