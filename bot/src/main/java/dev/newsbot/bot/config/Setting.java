package dev.newsbot.bot.config;

import dev.newsbot.retrieval.embed.EmbeddingChoice;
import java.util.Locale;

/**
 * Every setting newsbot reads, with its default and the rule that checks it: the one place both
 * live. {@code config/newsbot.properties} documents each.
 */
public enum Setting {
  DATA_DIR("data.dir", "data", Rule.FOLDER),
  SEEDS_DIR("seeds.dir", "seeds", Rule.FOLDER),
  /**
   * Where the bot keeps bot.db (updates, answers, votes, follows); empty: in data.dir. Set it to
   * serve a read-only data folder (a read-only volume, a replica's copied index).
   */
  BOT_STATE_DIR("bot.state-dir", "", Rule.FOLDER_OR_DEFAULT),
  EMBEDDING_MODEL("embedding.model", EmbeddingChoice.DEFAULT.key(), Rule.MODEL),
  PAPER_NAME("paper.name", "株洲日报", Rule.NAME),
  /** The paper's time zone: questions about 昨天 or 上周 count days there. */
  PAPER_TIME_ZONE("paper.time-zone", "Asia/Shanghai", Rule.ZONE),
  TELEGRAM_TOKEN("telegram.token", "", Rule.TOKEN),
  TELEGRAM_API_URL("telegram.api-url", "https://api.telegram.org", Rule.BOT_API_URL),
  ADMIN_USER_IDS("admin.user-ids", "", Rule.USER_IDS),
  TELEGRAM_WORKERS("telegram.workers", "4", Rule.whole(1, 64)),
  QUESTIONS_PER_MINUTE("telegram.questions-per-minute", "10", Rule.whole(1, 100_000)),
  QUESTION_MAX_CHARS("question.max-chars", "1000", Rule.whole(10, 4096)),
  /** Topics one chat may follow. */
  FOLLOW_MAX_TOPICS("follow.max-topics", "10", Rule.whole(1, 100)),
  /** 1 KiB to 200 MiB: an upload is held in memory while it is checked. */
  UPLOAD_MAX_BYTES("upload.max-bytes", "5242880", Rule.whole(1024, 200L * 1024 * 1024)),
  HEALTH_ENABLED("health.enabled", "true", Rule.YES_NO),
  HEALTH_HOST("health.host", "127.0.0.1", Rule.HOST),
  /** 0 picks a free port (logged at start). */
  HEALTH_PORT("health.port", "8090", Rule.whole(0, 65_535)),
  /** sqlite: one file under data.dir; solr: a SolrCloud collection (docs/solr.md). */
  STORE_TYPE("store.type", "sqlite", Rule.oneOf("sqlite", "solr")),
  SOLR_ZK_HOSTS("solr.zk-hosts", "", Rule.TEXT),
  SOLR_URLS("solr.urls", "", Rule.TEXT),
  SOLR_COLLECTION("solr.collection", "newsbot", Rule.NAME),
  SOLR_SHARDS("solr.shards", "2", Rule.whole(1, 1024)),
  SOLR_REPLICAS("solr.replicas", "2", Rule.whole(1, 16)),
  SOLR_USER("solr.user", "", Rule.TEXT),
  SOLR_PASSWORD("solr.password", "", Rule.TEXT),
  SOLR_TIMEOUT_MS("solr.timeout-ms", "10000", Rule.whole(100, 600_000));

  private final String key;
  private final String defaultValue;
  private final Rule rule;

  Setting(String key, String defaultValue, Rule rule) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.rule = rule;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  /** The environment variable that overrides it: NEWSBOT_ + key in upper case, '.' and '-' as '_'. */
  public String envName() {
    return "NEWSBOT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public boolean secret() {
    return this == TELEGRAM_TOKEN || this == SOLR_PASSWORD;
  }

  /** The typed value of {@code text}, or an IllegalArgumentException saying what is expected. */
  Object parse(String text) {
    return rule.parse(text);
  }

  /** The setting with this key, or null. */
  static Setting byKey(String key) {
    for (Setting s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return null;
  }

  /** The setting with this environment variable, or null. */
  static Setting byEnvName(String name) {
    for (Setting s : values()) {
      if (s.envName().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
