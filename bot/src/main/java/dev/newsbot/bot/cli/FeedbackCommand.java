package dev.newsbot.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code feedback}: exports the 👍/👎 feedback readers gave. */
@Command(name = "feedback", description = "Export reader feedback as JSON lines.")
final class FeedbackCommand implements Callable<Integer> {

  @ParentCommand
  NewsbotCommand parent;

  @Override
  public Integer call() {
    throw new UserError("feedback export is not wired in yet");
  }
}
