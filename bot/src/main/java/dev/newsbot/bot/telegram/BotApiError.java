package dev.newsbot.bot.telegram;

import java.io.IOException;

/**
 * A Bot API call that failed, with what Telegram said: HTTP status, {@code error_code},
 * description and {@code retry_after}. telegrambots 10.2.0 keeps none of this for a non-2xx
 * answer whose body lacks {@code "ok"} (it fails with a NullPointerException), and never looks at
 * the HTTP status; {@link ApiErrorInterceptor} throws this instead. Messages never hold the URL.
 */
final class BotApiError extends IOException {

  enum Kind {
    /** 429: wait {@code retry_after} seconds. */
    RATE_LIMITED,
    /** 5xx: Telegram's side, worth another try. */
    SERVER,
    /** Other 4xx: our request is wrong or the chat is gone; another try would fail the same way. */
    CLIENT,
    /** No answer: connection refused or reset, timeout. Worth another try. */
    TRANSPORT,
    /** The call was cancelled because the bot is stopping. */
    CANCELED
  }

  private final Kind kind;
  private final String method;
  private final int status;
  private final String description;
  private final int retryAfterSeconds;

  BotApiError(Kind kind, String method, int status, String description, int retryAfterSeconds) {
    super(method + " failed: " + (status > 0 ? "HTTP " + status + ", " : "") + description
        + (retryAfterSeconds >= 0 ? " (retry_after " + retryAfterSeconds + " s)" : ""));
    this.kind = kind;
    this.method = method;
    this.status = status;
    this.description = description;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static BotApiError http(String method, int status, Integer errorCode, String description, Integer retryAfter) {
    int code = errorCode != null && errorCode > 0 ? errorCode : status;
    Kind kind = code == 429 ? Kind.RATE_LIMITED : code >= 500 ? Kind.SERVER : Kind.CLIENT;
    return new BotApiError(kind, method, code, description == null || description.isBlank() ? "no description"
        : description, retryAfter == null ? -1 : Math.max(0, retryAfter));
  }

  Kind kind() {
    return kind;
  }

  String method() {
    return method;
  }

  /** The error code Telegram gave (or the HTTP status), 0 when there was no answer. */
  int status() {
    return status;
  }

  String description() {
    return description;
  }

  /** Seconds Telegram asked to wait, or -1. */
  int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  boolean retryable() {
    return kind == Kind.RATE_LIMITED || kind == Kind.SERVER || kind == Kind.TRANSPORT;
  }
}
