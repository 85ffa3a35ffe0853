package dev.newsbot.bot.config;

import dev.newsbot.retrieval.embed.EmbeddingChoice;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How one setting's text becomes its typed value. A refusal is an {@link IllegalArgumentException}
 * whose message follows the setting's key and says what is expected ("'0' must be a whole number
 * from 1 to 64"); it never repeats a secret.
 */
@FunctionalInterface
interface Rule {

  Object parse(String text);

  /** A folder: any path, but not empty (an empty one would put files in the current folder). */
  Rule FOLDER = text -> {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("is empty: name a folder (an empty value would mean the current folder)");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("'" + text + "' is not a path: " + e.getReason());
    }
  };

  /** Any text, empty included (the optional Solr settings). Never echoed: a password is one. */
  Rule TEXT = text -> text;

  /** One of {@code choices}, as written. */
  static Rule oneOf(String... choices) {
    return text -> {
      for (String c : choices) {
        if (c.equals(text)) {
          return c;
        }
      }
      throw new IllegalArgumentException("'" + text + "' must be one of " + String.join(", ", choices));
    };
  }

  /** Text that must not be empty. */
  Rule NAME = text -> {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("is empty: give a name, e.g. 株洲日报");
    }
    return text;
  };

  /** A folder, or empty for "as another setting says" (an Optional). */
  Rule FOLDER_OR_DEFAULT = text -> {
    if (text.isEmpty()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Path.of(text));
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("'" + text + "' is not a path: " + e.getReason());
    }
  };

  /** A time zone id, e.g. Asia/Shanghai: the day "昨天" is counted in. */
  Rule ZONE = text -> {
    try {
      return java.time.ZoneId.of(text);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("is no time zone: give an id such as Asia/Shanghai or UTC");
    }
  };

  Rule MODEL = text -> {
    try {
      return EmbeddingChoice.fromKey(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(": " + e.getMessage());
    }
  };

  /** A bot token from @BotFather, or empty for none. Never echoed. */
  Rule TOKEN = text -> {
    if (!text.isEmpty() && !text.matches("\\d{1,20}:[A-Za-z0-9_-]{20,80}")) {
      throw new IllegalArgumentException("does not look like a bot token (digits, ':' and about 35 letters): copy it"
          + " again from @BotFather");
    }
    return text;
  };

  /**
   * The Bot API server: http(s)://host[:port] and nothing more (telegrambots builds
   * {@code <url>/bot<token>/<method>} from scheme, host and port only); one trailing '/' is dropped.
   */
  Rule BOT_API_URL = text -> {
    String url = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    URI u;
    try {
      u = URI.create(url);
    } catch (IllegalArgumentException e) {
      u = null;
    }
    boolean web = u != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()));
    if (!web || u.getHost() == null || !u.getRawPath().isEmpty() || u.getRawQuery() != null
        || u.getRawFragment() != null || u.getRawUserInfo() != null) {
      throw new IllegalArgumentException("'" + text + "' must be http(s)://host[:port] without a path: use "
          + Setting.TELEGRAM_API_URL.defaultValue() + " or your Bot API server's address");
    }
    return u;
  };

  Rule USER_IDS = text -> {
    Set<Long> ids = new LinkedHashSet<>();
    for (String id : text.split(",")) {
      if (id.isBlank()) {
        continue;
      }
      if (!id.strip().matches("\\d{1,18}")) {
        throw new IllegalArgumentException(": '" + id.strip() + "' is not a numeric Telegram user id: list ids"
            + " separated by commas");
      }
      ids.add(Long.parseLong(id.strip()));
    }
    return Set.copyOf(ids);
  };

  Rule YES_NO = text -> switch (text.toLowerCase(Locale.ROOT)) {
    case "true", "yes", "on" -> Boolean.TRUE;
    case "false", "no", "off" -> Boolean.FALSE;
    default -> throw new IllegalArgumentException("'" + text + "' must be true or false");
  };

  /** A host name or IP address to listen on. */
  Rule HOST = text -> {
    if (!text.matches("[A-Za-z0-9.:_-]+")) {
      throw new IllegalArgumentException("'" + text + "' is not a host name or IP address: use 127.0.0.1 (this "
          + "machine only) or 0.0.0.0 (every interface)");
    }
    return text;
  };

  /** A whole number from {@code min} to {@code max}, as a Long. */
  static Rule whole(long min, long max) {
    return text -> {
      try {
        long v = Long.parseLong(text);
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new IllegalArgumentException("'" + text + "' must be a whole number from " + min + " to " + max);
    };
  }
}
