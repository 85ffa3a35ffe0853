package dev.newsbot.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an inline button carries: {@code <kind>:<answerId>:<n>}, well under Telegram's 64 bytes;
 * everything else about the answer is in the bot's store. Parsing is strict: anything else
 * (forged, truncated, oversized) is refused.
 *
 * @param kind     what the button does
 * @param answerId the stored answer
 * @param n        the citation number for {@link Kind#SOURCE}, 0 for votes
 */
record CallbackData(Kind kind, long answerId, int n) {

  /** Telegram's limit on callback data. */
  public static final int MAX_BYTES = 64;

  private static final Pattern FORMAT = Pattern.compile("(src|up|down):([1-9][0-9]{0,17}):([0-9]{1,2})");

  enum Kind {
    SOURCE("src"),
    UP("up"),
    DOWN("down");

    final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  CallbackData {
    if (answerId < 1 || n < 0 || n > 99 || (kind == Kind.SOURCE) == (n == 0)) {
      throw new IllegalArgumentException("bad callback data " + kind + " " + answerId + " " + n);
    }
  }

  public static CallbackData source(long answerId, int n) {
    return new CallbackData(Kind.SOURCE, answerId, n);
  }

  public static CallbackData vote(long answerId, boolean up) {
    return new CallbackData(up ? Kind.UP : Kind.DOWN, answerId, 0);
  }

  public static Optional<CallbackData> parse(String data) {
    if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(data);
    if (!m.matches()) {
      return Optional.empty();
    }
    Kind kind = switch (m.group(1)) {
      case "src" -> Kind.SOURCE;
      case "up" -> Kind.UP;
      default -> Kind.DOWN;
    };
    int n = Integer.parseInt(m.group(3));
    if ((kind == Kind.SOURCE) == (n == 0) || m.group(3).length() > 1 && m.group(3).startsWith("0")) {
      return Optional.empty();
    }
    return Optional.of(new CallbackData(kind, Long.parseLong(m.group(2)), n));
  }

  public String encode() {
    return kind.key + ":" + answerId + ":" + n;
  }
}
