package dev.newsbot.bot.telegram;

/** One slash command; {@link CommandMenu} lists them with Telegram. */
interface Command {

  /** The command without its slash, e.g. "start". */
  String name();

  /** The line Telegram shows in the command menu. */
  String description(Ui ui);

  /** Admin-only commands are left out of the public menu and shown in admins' chats only. */
  default boolean adminOnly() {
    return false;
  }

  /** Handles the command; {@code args} is the text after it, stripped (maybe empty). */
  void run(Conversation c, String args);
}
