package dev.newsbot.bot.telegram;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * What the Telegram bot needs to run. The token is masked in {@link #toString()}.
 *
 * @param token              the bot token from @BotFather
 * @param apiUrl             the Bot API server, scheme, host and optional port, no path
 *                           (default {@value #DEFAULT_API_URL}); the bot calls
 *                           {@code <apiUrl>/bot<token>/<method>} and downloads files from
 *                           {@code <apiUrl>/file/bot<token>/<path>}
 * @param adminUserIds       Telegram user ids allowed to run admin commands
 * @param dataDir            the folder that holds {@code bot.db} (answers, feedback, update offset)
 * @param workers            threads answering questions; different chats are answered in parallel
 * @param questionsPerMinute questions one user may ask per minute
 * @param maxQuestionChars   longer questions are refused with a polite reply
 * @param uploadMaxBytes     the largest issue file an admin may send; larger ones are refused
 *                           before they are downloaded
 */
public record TelegramSettings(
    String token,
    String apiUrl,
    Set<Long> adminUserIds,
    Path dataDir,
    int workers,
    int questionsPerMinute,
    int maxQuestionChars,
    long uploadMaxBytes) {

  public static final String DEFAULT_API_URL = "https://api.telegram.org";
  public static final int DEFAULT_WORKERS = 4;
  public static final int DEFAULT_QUESTIONS_PER_MINUTE = 10;
  public static final int DEFAULT_MAX_QUESTION_CHARS = 1000;
  public static final long DEFAULT_UPLOAD_MAX_BYTES = 5L * 1024 * 1024;
  /** What one download may hold in memory; Telegram's own servers hand out at most 20 MB. */
  static final long MAX_UPLOAD_MAX_BYTES = 1L << 30;

  public TelegramSettings {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(dataDir, "dataDir");
    if (token.isBlank() || token.chars().anyMatch(c -> c <= ' ' || c == '/')) {
      throw new IllegalArgumentException("the Telegram bot token is empty or holds spaces or '/': copy it again "
          + "from @BotFather (it looks like 123456789:AA…)");
    }
    apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : stripSlash(apiUrl.trim());
    checkApiUrl(apiUrl);
    adminUserIds = adminUserIds == null ? Set.of() : Set.copyOf(adminUserIds);
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers must be from 1 to 64, not " + workers);
    }
    if (questionsPerMinute < 1) {
      throw new IllegalArgumentException("questions per minute must be at least 1, not " + questionsPerMinute);
    }
    if (maxQuestionChars < 10) {
      throw new IllegalArgumentException("the longest question must allow at least 10 characters, not "
          + maxQuestionChars);
    }
    if (uploadMaxBytes < 1 || uploadMaxBytes > MAX_UPLOAD_MAX_BYTES) {
      throw new IllegalArgumentException("upload.max-bytes must be from 1 to " + MAX_UPLOAD_MAX_BYTES + ", not "
          + uploadMaxBytes + " (the default is " + DEFAULT_UPLOAD_MAX_BYTES + ", 5 MB)");
    }
  }

  /** Settings with every default but the token and the data folder. */
  public static TelegramSettings of(String token, Path dataDir) {
    return new TelegramSettings(token, DEFAULT_API_URL, Set.of(), dataDir, DEFAULT_WORKERS,
        DEFAULT_QUESTIONS_PER_MINUTE, DEFAULT_MAX_QUESTION_CHARS, DEFAULT_UPLOAD_MAX_BYTES);
  }

  public TelegramSettings withApiUrl(String url) {
    return new TelegramSettings(token, url, adminUserIds, dataDir, workers, questionsPerMinute, maxQuestionChars,
        uploadMaxBytes);
  }

  public TelegramSettings withAdmins(Set<Long> ids) {
    return new TelegramSettings(token, apiUrl, ids, dataDir, workers, questionsPerMinute, maxQuestionChars,
        uploadMaxBytes);
  }

  public TelegramSettings withQuestionsPerMinute(int n) {
    return new TelegramSettings(token, apiUrl, adminUserIds, dataDir, workers, n, maxQuestionChars, uploadMaxBytes);
  }

  public TelegramSettings withUploadMaxBytes(long n) {
    return new TelegramSettings(token, apiUrl, adminUserIds, dataDir, workers, questionsPerMinute, maxQuestionChars, n);
  }

  public boolean isAdmin(long userId) {
    return adminUserIds.contains(userId);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static void checkApiUrl(String url) {
    URI u;
    try {
      u = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("telegram.api-url '" + url + "' is not a URL: use " + DEFAULT_API_URL
          + " or your Bot API server's http(s)://host[:port]");
    }
    boolean web = "http".equals(u.getScheme()) || "https".equals(u.getScheme());
    if (!web || u.getHost() == null || (u.getRawPath() != null && !u.getRawPath().isEmpty())
        || u.getRawQuery() != null || u.getUserInfo() != null) {
      throw new IllegalArgumentException("telegram.api-url '" + url + "' must be http(s)://host[:port] without a "
          + "path (telegrambots builds <url>/bot<token>/<method> from scheme, host and port only)");
    }
  }

  /** The port the URL names, or the scheme's default. */
  int apiPort() {
    URI u = URI.create(apiUrl);
    return u.getPort() > 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
  }

  @Override
  public String toString() {
    return "TelegramSettings[token=****, apiUrl=" + apiUrl + ", adminUserIds=" + adminUserIds + ", dataDir="
        + dataDir + ", workers=" + workers + ", questionsPerMinute=" + questionsPerMinute + ", maxQuestionChars="
        + maxQuestionChars + ", uploadMaxBytes=" + uploadMaxBytes + "]";
  }
}
