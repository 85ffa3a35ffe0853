package dev.newsbot.bot.telegram;

import dev.newsbot.bot.launch.Threads;
import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.config.ConfigException;
import dev.newsbot.bot.config.Setting;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the Telegram bot needs of the settings: a view of a checked {@link Config}, so every
 * default and limit lives in one place ({@link Setting}). The token is masked in
 * {@link #toString()}. The bot calls {@code <apiUrl>/bot<token>/<method>} and downloads files from
 * {@code <apiUrl>/file/bot<token>/<path>}.
 */
public final class TelegramSettings {

  private final Config config;

  private TelegramSettings(Config config) {
    this.config = Objects.requireNonNull(config, "config");
    if (config.token().isEmpty()) {
      throw new ConfigException(Setting.TELEGRAM_TOKEN.key() + " is not set: put " + Setting.TELEGRAM_TOKEN.envName()
          + "=<token from @BotFather> in the environment");
    }
  }

  /** The Telegram side of checked settings; they must hold a token. */
  public static TelegramSettings of(Config config) {
    return new TelegramSettings(config);
  }

  /** Settings with every default but the token and the data folder. */
  public static TelegramSettings of(String token, Path dataDir) {
    return new TelegramSettings(Config.load(null, Map.of(Setting.TELEGRAM_TOKEN.envName(), token,
        Setting.DATA_DIR.envName(), dataDir.toString())));
  }

  public TelegramSettings withApiUrl(String url) {
    return with(Setting.TELEGRAM_API_URL, url == null ? Setting.TELEGRAM_API_URL.defaultValue() : url);
  }

  public TelegramSettings withAdmins(Set<Long> ids) {
    return with(Setting.ADMIN_USER_IDS, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
  }

  public TelegramSettings withQuestionsPerMinute(int n) {
    return with(Setting.QUESTIONS_PER_MINUTE, String.valueOf(n));
  }

  public TelegramSettings withUploadMaxBytes(long n) {
    return with(Setting.UPLOAD_MAX_BYTES, String.valueOf(n));
  }

  private TelegramSettings with(Setting s, String text) {
    return new TelegramSettings(config.with(s, text));
  }

  /** The bot token from @BotFather. Never log it. */
  public String token() {
    return config.token();
  }

  /** The Bot API server, scheme, host and optional port, no path and no trailing '/'. */
  public String apiUrl() {
    return config.apiUrl().toString();
  }

  /** The port the URL names, or the scheme's default. */
  int apiPort() {
    URI u = config.apiUrl();
    return u.getPort() > 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
  }

  /** Telegram user ids allowed to run admin commands. */
  public Set<Long> adminUserIds() {
    return config.adminUserIds();
  }

  public boolean isAdmin(long userId) {
    return config.adminUserIds().contains(userId);
  }

  /** The folder that holds {@code bot.db} (answers, feedback, update offset). */
  public Path dataDir() {
    return config.dataDir();
  }

  /** Where bot.db lives (bot.state-dir, by default the data folder). */
  public Path stateDir() {
    return config.botStateDir();
  }

  /** Threads answering questions; different chats are answered in parallel. */
  public int workers() {
    return config.workers();
  }

  public int followMaxTopics() {
    return config.followMaxTopics();
  }

  public java.time.ZoneId paperTimeZone() {
    return config.paperTimeZone();
  }

  public int questionsPerMinute() {
    return config.questionsPerMinute();
  }

  /** Longer questions are refused with a polite reply. */
  public int maxQuestionChars() {
    return config.questionMaxChars();
  }

  /** The largest issue file an admin may send; larger ones are refused before they are downloaded. */
  public long uploadMaxBytes() {
    return config.uploadMaxBytes();
  }

  @Override
  public String toString() {
    return "TelegramSettings[token=****, apiUrl=" + apiUrl() + ", adminUserIds=" + new TreeSet<>(adminUserIds())
        + ", dataDir=" + dataDir() + ", workers=" + workers() + ", questionsPerMinute=" + questionsPerMinute()
        + ", maxQuestionChars=" + maxQuestionChars() + ", uploadMaxBytes=" + uploadMaxBytes() + "]";
  }
}
