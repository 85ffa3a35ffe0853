package dev.newsbot.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code run}: the Telegram bot, by long polling. */
@Command(name = "run", description = "Run the Telegram bot (needs telegram.token).")
final class RunCommand implements Callable<Integer> {

  @ParentCommand
  NewsbotCommand parent;

  @Override
  public Integer call() {
    return runWith(parent);
  }

  Integer runWith(NewsbotCommand top) {
    throw new UserError("the Telegram bot is not wired in yet");
  }
}
