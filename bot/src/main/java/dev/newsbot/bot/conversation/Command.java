package dev.newsbot.bot.conversation;

import dev.newsbot.bot.messages.Messages;

/** One slash command; {@link CommandMenu} lists them with Telegram. */
public interface Command {

  /** The command without its slash, e.g. "start". */
  String name();

  /** The line Telegram shows in the command menu. */
  String description(Messages ui);

  /**
   * Admin-only commands are left out of the public menu and shown in admins' chats only; the
   * router refuses them to everyone else with {@link #refusal} and never calls {@link #run}.
   */
  default boolean adminOnly() {
    return false;
  }

  /** What a user who is not an admin is told when trying an admin-only command. */
  default String refusal(Messages ui) {
    return "";
  }

  /**
   * Handles the command (an admin-only one: from an admin); {@code args} is the text after it,
   * stripped (maybe empty).
   */
  void run(Conversation c, String args);
}
