package dev.newsbot.bot.config;

import dev.newsbot.retrieval.StoreChoice;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings, typed, checked once and frozen (HikariCP's way): defaults, then the properties
 * file, then environment variables {@code NEWSBOT_<KEY>} ({@link ConfigReader}). Every problem is
 * reported at once, each with how to fix it. The token and the Solr password are masked in {@link #toString()}.
 */
public final class Config {

  private final Map<Setting, String> texts;
  private final Map<Setting, String> origins;
  private final Map<Setting, Object> values;

  private Config(Map<Setting, String> texts, Map<Setting, String> origins, Map<Setting, Object> values) {
    this.texts = Collections.unmodifiableMap(new EnumMap<>(texts));
    this.origins = Collections.unmodifiableMap(new EnumMap<>(origins));
    this.values = Collections.unmodifiableMap(new EnumMap<>(values));
  }

  /** Every setting at its default. */
  public static Config defaults() {
    return check(new EnumMap<>(Setting.class), new EnumMap<>(Setting.class), List.of());
  }

  /**
   * Reads {@code file} (none when null; a file that is named must exist) and the {@code NEWSBOT_*}
   * variables of {@code env}, then checks everything.
   *
   * @throws ConfigException listing every problem with its fix
   */
  public static Config load(Path file, Map<String, String> env) {
    ConfigReader reader = new ConfigReader();
    if (file != null) {
      reader.readFile(file);
    }
    reader.readEnvironment(env);
    return check(reader.texts(), reader.origins(), reader.problems());
  }

  /**
   * A copy with one setting changed, checked by the same rule (the test seams of the Telegram
   * settings use it).
   *
   * @throws ConfigException when {@code text} breaks the setting's rule
   */
  public Config with(Setting s, String text) {
    Map<Setting, String> t = new EnumMap<>(texts);
    Map<Setting, String> o = new EnumMap<>(origins);
    t.put(s, text.strip());
    o.put(s, "set in code");
    return check(t, o, List.of());
  }

  private static Config check(Map<Setting, String> texts, Map<Setting, String> origins, List<String> earlier) {
    List<String> problems = new ArrayList<>(earlier);
    Map<Setting, Object> values = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      texts.putIfAbsent(s, s.defaultValue());
      try {
        values.put(s, s.parse(texts.get(s)));
      } catch (IllegalArgumentException e) {
        problems.add(problem(s, e.getMessage(), origins.get(s)));
      }
    }
    problems.addAll(SolrCheck.problems(values));
    if (!problems.isEmpty()) {
      throw new ConfigException(problems.size() == 1 ? problems.get(0)
          : "the configuration has " + problems.size() + " problems:\n  - " + String.join("\n  - ", problems));
    }
    return new Config(texts, origins, values);
  }

  private static String problem(Setting s, String why, String origin) {
    String text = s.key() + (why.startsWith(":") ? "" : " ") + why;
    if (origin == null) {
      return text + " (the default; set " + s.envName() + ")";
    }
    if (!origin.startsWith("from ")) {
      return text + " (" + origin + ")";
    }
    return text + " (" + origin + "; fix it there, or remove it for the default"
        + (s.defaultValue().isEmpty() ? "" : " '" + s.defaultValue() + "'") + ")";
  }

  public Path dataDir() {
    return (Path) values.get(Setting.DATA_DIR);
  }

  /** Where bot.db lives: bot.state-dir, or data.dir when that is not set. */
  @SuppressWarnings("unchecked")
  public Path botStateDir() {
    return ((java.util.Optional<Path>) values.get(Setting.BOT_STATE_DIR)).orElse(dataDir());
  }

  public Path seedsDir() {
    return (Path) values.get(Setting.SEEDS_DIR);
  }

  public EmbeddingChoice embeddingModel() {
    return (EmbeddingChoice) values.get(Setting.EMBEDDING_MODEL);
  }

  /** Paper name used when an issue names none. */
  public String paperName() {
    return (String) values.get(Setting.PAPER_NAME);
  }

  /** The bot token, or "" when none is set. Never log it. */
  public String token() {
    return (String) values.get(Setting.TELEGRAM_TOKEN);
  }

  /** The Bot API server: scheme, host and optional port, no path. */
  public URI apiUrl() {
    return (URI) values.get(Setting.TELEGRAM_API_URL);
  }

  @SuppressWarnings("unchecked")
  public Set<Long> adminUserIds() {
    return (Set<Long>) values.get(Setting.ADMIN_USER_IDS);
  }

  public int workers() {
    return whole(Setting.TELEGRAM_WORKERS);
  }

  public int questionsPerMinute() {
    return whole(Setting.QUESTIONS_PER_MINUTE);
  }

  public int followMaxTopics() {
    return whole(Setting.FOLLOW_MAX_TOPICS);
  }

  public java.time.ZoneId paperTimeZone() {
    return (java.time.ZoneId) values.get(Setting.PAPER_TIME_ZONE);
  }

  public int questionMaxChars() {
    return whole(Setting.QUESTION_MAX_CHARS);
  }

  public long uploadMaxBytes() {
    return (Long) values.get(Setting.UPLOAD_MAX_BYTES);
  }

  /** Whether {@code run} serves /healthz and /metrics. */
  public boolean healthEnabled() {
    return (Boolean) values.get(Setting.HEALTH_ENABLED);
  }

  public String healthHost() {
    return (String) values.get(Setting.HEALTH_HOST);
  }

  /** 0: a free port, chosen at start. */
  public int healthPort() {
    return whole(Setting.HEALTH_PORT);
  }

  /** Where the index lives: the SQLite file under {@link #dataDir()} or the SolrCloud collection the solr.* settings name. */
  public StoreChoice store() {
    if (!"solr".equals(values.get(Setting.STORE_TYPE))) {
      return StoreChoice.SQLITE;
    }
    return StoreChoice.solr((String) values.get(Setting.SOLR_ZK_HOSTS), (String) values.get(Setting.SOLR_URLS),
        (String) values.get(Setting.SOLR_COLLECTION), (String) values.get(Setting.SOLR_USER),
        (String) values.get(Setting.SOLR_PASSWORD), whole(Setting.SOLR_SHARDS), whole(Setting.SOLR_REPLICAS),
        Duration.ofMillis((Long) values.get(Setting.SOLR_TIMEOUT_MS)));
  }

  /** solr.collection: the collection the bot's index lives in with store.type=solr. */
  public String solrCollection() {
    return (String) values.get(Setting.SOLR_COLLECTION);
  }

  /**
   * The SolrCloud the solr.* settings name, whatever store.type says (the benchmarks measure it
   * beside SQLite); empty when neither solr.zk-hosts nor solr.urls is set.
   */
  public java.util.Optional<StoreChoice> solrCluster() {
    String zk = (String) values.get(Setting.SOLR_ZK_HOSTS);
    String urls = (String) values.get(Setting.SOLR_URLS);
    if (zk.isEmpty() && urls.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(StoreChoice.solr(zk, zk.isEmpty() ? urls : "", (String) values.get(Setting.SOLR_COLLECTION),
        (String) values.get(Setting.SOLR_USER), (String) values.get(Setting.SOLR_PASSWORD), whole(Setting.SOLR_SHARDS),
        whole(Setting.SOLR_REPLICAS), Duration.ofMillis((Long) values.get(Setting.SOLR_TIMEOUT_MS))));
  }

  /**
   * The NEWSBOT_* variables that make a child process use that cluster's {@code collection}: the
   * store type and every solr.* setting, the password included (pass them on, never log them).
   */
  public Map<String, String> solrEnvironment(String collection) {
    Map<String, String> env = new java.util.LinkedHashMap<>();
    env.put(Setting.STORE_TYPE.envName(), "solr");
    for (Setting s : Setting.values()) {
      if (s.key().startsWith("solr.")) {
        env.put(s.envName(), s == Setting.SOLR_COLLECTION ? collection : texts.get(s));
      }
    }
    if (!texts.get(Setting.SOLR_ZK_HOSTS).isEmpty()) {
      env.put(Setting.SOLR_URLS.envName(), "");
    }
    return env;
  }

  private int whole(Setting s) {
    return Math.toIntExact((Long) values.get(s));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Config{");
    for (Setting s : Setting.values()) {
      String v = texts.get(s);
      sb.append(s.key()).append('=').append(s.secret() && !v.isEmpty() ? "****" : v).append(", ");
    }
    sb.setLength(sb.length() - 2);
    return sb.append('}').toString();
  }
}
