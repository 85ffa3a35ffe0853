package dev.newsbot.bot.conversation;

import dev.newsbot.bot.messages.Messages;
import java.util.List;

/** {@code /help}: how to ask, what the buttons do, and the commands. */
public final class HelpCommand implements Command {

  @Override
  public String name() {
    return "help";
  }

  @Override
  public String description(Messages ui) {
    return ui.text("command.help");
  }

  @Override
  public void run(Conversation c, String args) {
    c.reply(text(c.ui()));
  }

  public static List<Block> text(Messages ui) {
    return List.of(
        Block.of(Span.bold(ui.text("help.title"))),
        Block.plain(ui.text("help.asking")),
        Block.plain(ui.text("help.buttons")),
        Block.plain(ui.text("help.groups")),
        Block.plain(ui.text("help.commands")),
        Block.plain(ui.text("help.uploads")));
  }
}
