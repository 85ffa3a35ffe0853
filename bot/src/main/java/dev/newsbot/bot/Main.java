package dev.newsbot.bot;

import dev.newsbot.bot.cli.NewsbotCommand;
import dev.newsbot.bot.launch.Utf8Launch;

/** Starts newsbot: {@code java -jar bot/target/newsbot.jar [command]}, under any locale. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(Utf8Launch.run(args, NewsbotCommand::execute));
  }
}
