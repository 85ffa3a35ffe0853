package dev.newsbot.bot.config;

import dev.newsbot.retrieval.embed.EmbeddingChoice;
import java.util.Locale;

/** Every setting newsbot reads, with its default; {@code config/newsbot.properties} documents each. */
public enum Setting {
  DATA_DIR("data.dir", "data"),
  SEEDS_DIR("seeds.dir", "seeds"),
  EMBEDDING_MODEL("embedding.model", EmbeddingChoice.DEFAULT.key()),
  PAPER_NAME("paper.name", "株洲日报"),
  TELEGRAM_TOKEN("telegram.token", ""),
  TELEGRAM_API_URL("telegram.api-url", "https://api.telegram.org"),
  ADMIN_USER_IDS("admin.user-ids", ""),
  TELEGRAM_WORKERS("telegram.workers", "4"),
  QUESTIONS_PER_MINUTE("telegram.questions-per-minute", "10"),
  QUESTION_MAX_CHARS("question.max-chars", "1000"),
  UPLOAD_MAX_BYTES("upload.max-bytes", "5242880");

  private final String key;
  private final String defaultValue;

  Setting(String key, String defaultValue) {
    this.key = key;
    this.defaultValue = defaultValue;
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
    return this == TELEGRAM_TOKEN;
  }
}
