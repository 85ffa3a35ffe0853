package dev.newsbot.bot.telegram;

import java.util.regex.Pattern;

/**
 * Keeps the bot token out of log lines and messages: anything logged about a failure passes
 * through here first. Masks the configured token and anything shaped like a bot token.
 */
final class Secrets {

  private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{3,20}:[A-Za-z0-9_-]{20,}");

  private final String token;

  Secrets(String token) {
    this.token = token;
  }

  String mask(String text) {
    if (text == null) {
      return null;
    }
    String masked = token.isEmpty() ? text : text.replace(token, "<token>");
    return TOKEN_SHAPE.matcher(masked).replaceAll("<token>");
  }

  /**
   * A copy of {@code e} (and its causes) whose messages are masked, with the same stack traces,
   * fit to hand to a logger.
   */
  Throwable mask(Throwable e) {
    return copy(e, 0);
  }

  private Throwable copy(Throwable e, int depth) {
    if (e == null || depth > 8) {
      return null;
    }
    Masked m = new Masked(e.getClass().getName() + ": " + mask(e.getMessage()), copy(e.getCause(), depth + 1));
    m.setStackTrace(e.getStackTrace());
    return m;
  }

  /** One line about a failure: exception class and masked message, causes included. */
  String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null && sb.length() < 600; t = t.getCause()) {
      if (sb.length() > 0) {
        sb.append(" <- ");
      }
      sb.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        sb.append(": ").append(mask(t.getMessage()));
      }
    }
    return sb.toString();
  }

  /** A stand-in for a logged exception; its message already names the original class. */
  private static final class Masked extends RuntimeException {
    Masked(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
