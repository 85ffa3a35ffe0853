package dev.newsbot.bot.conversation;

import dev.newsbot.bot.messages.Messages;
import java.util.function.BiConsumer;

/**
 * The readers' commands that need no answer: {@code /follow topic}, {@code /following},
 * {@code /unfollow topic} and {@code /latest}, each a name, its menu line and what
 * {@link ReaderRequests} does with it.
 */
public final class ReaderCommand implements Command {

  private final String name;
  private final BiConsumer<Conversation, String> run;

  private ReaderCommand(String name, BiConsumer<Conversation, String> run) {
    this.name = name;
    this.run = run;
  }

  public static ReaderCommand follow(ReaderRequests r) {
    return new ReaderCommand("follow", r::follow);
  }

  public static ReaderCommand following(ReaderRequests r) {
    return new ReaderCommand("following", (c, args) -> r.following(c));
  }

  public static ReaderCommand unfollow(ReaderRequests r) {
    return new ReaderCommand("unfollow", r::unfollow);
  }

  /** {@code name} where following cannot work (the console: nothing to be told later through): says so. */
  public static ReaderCommand elsewhere(String name) {
    return new ReaderCommand(name, (c, args) -> c.reply(c.ui().text("chat.telegramOnly")));
  }

  public static ReaderCommand latest(ReaderRequests r) {
    return new ReaderCommand("latest", (c, args) -> r.latest(c));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description(Messages ui) {
    return ui.text("command." + name);
  }

  @Override
  public void run(Conversation c, String args) {
    run.accept(c, args);
  }
}
