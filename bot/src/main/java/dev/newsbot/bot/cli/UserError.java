package dev.newsbot.bot.cli;

/** A mistake on the command line; the message says what to do instead. */
final class UserError extends RuntimeException {

  UserError(String message) {
    super(message);
  }
}
