package dev.newsbot.bot;

import dev.newsbot.bot.cli.NewsbotCommand;

/** Starts newsbot: {@code java -jar bot/target/newsbot.jar [command]}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(NewsbotCommand.execute(args));
  }
}
