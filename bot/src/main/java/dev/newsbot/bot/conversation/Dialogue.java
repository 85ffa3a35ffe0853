package dev.newsbot.bot.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a message addressed to the bot leads to, whatever carried it: a command by name (an
 * admin-only one refused, once, to everyone but admins) or a question. The Telegram adapter
 * decides which messages are addressed to the bot; the console chat sends every line.
 */
public final class Dialogue {

  private static final Logger log = LoggerFactory.getLogger(Dialogue.class);

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final QuestionHandler questions;
  private final LongPredicate admins;

  public Dialogue(List<Command> commands, QuestionHandler questions, LongPredicate admins) {
    commands.forEach(c -> this.commands.put(c.name(), c));
    this.questions = questions;
    this.admins = admins;
  }

  /** The commands, in the order given. */
  public List<Command> commands() {
    return List.copyOf(commands.values());
  }

  /**
   * Runs the command; an unknown one is answered "I don't know that command" when
   * {@code answerUnknown} (in a group, only a command that names this bot is).
   */
  public void command(Conversation c, SlashCommand command, boolean answerUnknown) {
    Command known = commands.get(command.name());
    if (known != null && known.adminOnly() && !admins.test(c.userId())) {
      log.info("/{} refused for user {}: not an admin", command.name(), c.userId());
      c.reply(known.refusal(c.ui()));
    } else if (known != null) {
      known.run(c, command.args());
    } else if (answerUnknown) {
      c.reply(c.ui().unknownCommand());
    }
  }

  /** Answers a question, or a request in words ("关注…", "最新一期"). */
  public void question(Conversation c, String text) {
    questions.answer(c, text);
  }

  /** A line that is a command or a question: the console chat's every line. */
  public void line(Conversation c, String text) {
    Optional<SlashCommand> slash = SlashCommand.parse(text);
    if (slash.isPresent()) {
      command(c, slash.get(), true);
    } else {
      question(c, text);
    }
  }
}
