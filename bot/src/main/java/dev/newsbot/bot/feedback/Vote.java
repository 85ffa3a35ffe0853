package dev.newsbot.bot.feedback;

import java.util.Locale;

/** A reader's verdict on one answer. */
public enum Vote {
  UP,
  DOWN;

  /** "up" or "down", as stored and exported. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Vote fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
