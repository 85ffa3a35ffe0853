package dev.newsbot.bot.config;

import dev.newsbot.retrieval.embed.EmbeddingChoice;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The settings, read once at start-up: defaults, then the properties file, then environment
 * variables {@code NEWSBOT_<KEY>}. Validated as a whole (every problem is reported, each with
 * how to fix it) and frozen afterwards. The token is masked in {@link #toString()}.
 */
public final class Config {

  private final Map<Setting, String> values;

  private Config(Map<Setting, String> values) {
    this.values = Collections.unmodifiableMap(new EnumMap<>(values));
  }

  /** Reads {@code file} (skipped when null or absent) and the environment, then validates. */
  public static Config load(Path file, Map<String, String> env) {
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      values.put(s, s.defaultValue());
    }
    if (file != null && Files.isRegularFile(file)) {
      Properties props = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        props.load(r);
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException("cannot read " + file + ": " + e.getMessage() + ". Fix the file or remove it.");
      }
      for (String key : props.stringPropertyNames()) {
        Setting s = byKey(key);
        if (s == null) {
          throw new ConfigException(file + ": unknown setting '" + key + "'. Known settings: " + knownKeys());
        }
        values.put(s, props.getProperty(key).trim());
      }
    }
    for (Setting s : Setting.values()) {
      String v = env.get(s.envName());
      if (v != null) {
        values.put(s, v.trim());
      }
    }
    Config config = new Config(values);
    config.validate();
    return config;
  }

  private static Setting byKey(String key) {
    for (Setting s : Setting.values()) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    return null;
  }

  private static String knownKeys() {
    List<String> keys = new ArrayList<>();
    for (Setting s : Setting.values()) {
      keys.add(s.key());
    }
    return String.join(", ", keys);
  }

  private void validate() {
    List<String> problems = new ArrayList<>();
    try {
      embeddingModel();
    } catch (IllegalArgumentException e) {
      problems.add(Setting.EMBEDDING_MODEL.key() + ": " + e.getMessage() + " (set " + Setting.EMBEDDING_MODEL.envName()
          + ")");
    }
    String url = get(Setting.TELEGRAM_API_URL);
    try {
      URI u = URI.create(url);
      if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
        throw new IllegalArgumentException();
      }
    } catch (IllegalArgumentException e) {
      problems.add(Setting.TELEGRAM_API_URL.key() + " '" + url + "' is not an http(s) URL: set "
          + Setting.TELEGRAM_API_URL.envName() + "=https://api.telegram.org or your Bot API server's address");
    }
    String token = token();
    if (!token.isEmpty() && !token.matches("\\d{3,20}:[A-Za-z0-9_-]{20,80}")) {
      problems.add(Setting.TELEGRAM_TOKEN.key() + " does not look like a bot token (digits, ':' and about 35 letters):"
          + " copy it again from @BotFather into " + Setting.TELEGRAM_TOKEN.envName());
    }
    for (String id : get(Setting.ADMIN_USER_IDS).split(",")) {
      if (!id.isBlank() && !id.trim().matches("\\d{1,20}")) {
        problems.add(Setting.ADMIN_USER_IDS.key() + ": '" + id.trim() + "' is not a numeric Telegram user id:"
            + " list ids separated by commas in " + Setting.ADMIN_USER_IDS.envName());
      }
    }
    positive(Setting.TELEGRAM_WORKERS, 1, 64, problems);
    positive(Setting.QUESTIONS_PER_MINUTE, 1, 10_000, problems);
    positive(Setting.QUESTION_MAX_CHARS, 10, 4096, problems);
    positive(Setting.UPLOAD_MAX_BYTES, 1024, 200L * 1024 * 1024, problems);
    if (get(Setting.PAPER_NAME).isBlank()) {
      problems.add(Setting.PAPER_NAME.key() + " is empty: name the newspaper, e.g. " + Setting.PAPER_NAME.envName()
          + "=株洲日报");
    }
    if (!problems.isEmpty()) {
      throw new ConfigException("the configuration has " + problems.size() + " problem(s):\n  - "
          + String.join("\n  - ", problems));
    }
  }

  private void positive(Setting s, long min, long max, List<String> problems) {
    try {
      long v = Long.parseLong(get(s));
      if (v < min || v > max) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      problems.add(s.key() + " '" + get(s) + "' must be a whole number from " + min + " to " + max + " (set "
          + s.envName() + ")");
    }
  }

  public String get(Setting s) {
    return values.get(s);
  }

  public long number(Setting s) {
    return Long.parseLong(get(s));
  }

  public Path dataDir() {
    return Path.of(get(Setting.DATA_DIR));
  }

  public Path seedsDir() {
    return Path.of(get(Setting.SEEDS_DIR));
  }

  public EmbeddingChoice embeddingModel() {
    return EmbeddingChoice.fromKey(get(Setting.EMBEDDING_MODEL));
  }

  /** The bot token, or "" when none is set. Never log it. */
  public String token() {
    return get(Setting.TELEGRAM_TOKEN);
  }

  public Set<Long> adminUserIds() {
    Set<Long> ids = new LinkedHashSet<>();
    for (String id : get(Setting.ADMIN_USER_IDS).split(",")) {
      if (!id.isBlank()) {
        ids.add(Long.parseLong(id.trim()));
      }
    }
    return Set.copyOf(ids);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Config{");
    for (Setting s : Setting.values()) {
      String v = get(s);
      sb.append(s.key()).append('=').append(s.secret() && !v.isEmpty() ? "****" : v).append(", ");
    }
    sb.setLength(sb.length() - 2);
    return sb.append('}').toString();
  }
}
