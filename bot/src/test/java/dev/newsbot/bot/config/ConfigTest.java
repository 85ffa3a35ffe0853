package dev.newsbot.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

  static final Path SHIPPED = Path.of("../config/newsbot.properties");
  /** A made-up token of the real shape, split so that nothing scanning the repository takes it for a real one. */
  static final String TOKEN = "123456789:" + "AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQr";

  @Test
  void theShippedFileDocumentsEverySettingWithItsDefault() throws IOException {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(SHIPPED, StandardCharsets.UTF_8)) {
      props.load(r);
    }
    for (Setting s : Setting.values()) {
      assertThat(props.getProperty(s.key())).as(s.key()).isEqualTo(s.defaultValue());
    }
    assertThat(props.stringPropertyNames()).hasSize(Setting.values().length);
    assertThat(Files.readString(SHIPPED)).doesNotContainPattern("\\d{8,10}:[A-Za-z0-9_-]{35}");
  }

  @Test
  void environmentOverridesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("n.properties");
    Files.writeString(file, "data.dir=/from/file\ntelegram.workers=2\n");
    Config c = Config.load(file, Map.of("NEWSBOT_DATA_DIR", "/from/env", "NEWSBOT_TELEGRAM_API_URL",
        "http://127.0.0.1:8081", "NEWSBOT_ADMIN_USER_IDS", "42, 7"));
    assertThat(c.dataDir()).isEqualTo(Path.of("/from/env"));
    assertThat(c.number(Setting.TELEGRAM_WORKERS)).isEqualTo(2);
    assertThat(c.get(Setting.TELEGRAM_API_URL)).isEqualTo("http://127.0.0.1:8081");
    assertThat(c.adminUserIds()).containsExactlyInAnyOrder(42L, 7L);
  }

  @Test
  void envNamesFollowTheRule() {
    assertThat(Setting.DATA_DIR.envName()).isEqualTo("NEWSBOT_DATA_DIR");
    assertThat(Setting.TELEGRAM_API_URL.envName()).isEqualTo("NEWSBOT_TELEGRAM_API_URL");
    assertThat(Setting.QUESTIONS_PER_MINUTE.envName()).isEqualTo("NEWSBOT_TELEGRAM_QUESTIONS_PER_MINUTE");
  }

  @Test
  void everyProblemIsReportedWithHowToFixIt() {
    assertThatThrownBy(() -> Config.load(null, Map.of(
        "NEWSBOT_EMBEDDING_MODEL", "gpt-9",
        "NEWSBOT_TELEGRAM_API_URL", "ftp://x",
        "NEWSBOT_ADMIN_USER_IDS", "alice",
        "NEWSBOT_TELEGRAM_WORKERS", "0",
        "NEWSBOT_TELEGRAM_TOKEN", "not-a-token")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("5 problem(s)")
        .hasMessageContaining("unknown embedding model 'gpt-9': use one of bge-small-zh-v15, bge-small-zh-v15-q, all-minilm-l6-v2")
        .hasMessageContaining("set NEWSBOT_TELEGRAM_API_URL=https://api.telegram.org")
        .hasMessageContaining("'alice' is not a numeric Telegram user id")
        .hasMessageContaining("telegram.workers '0' must be a whole number from 1 to 64")
        .hasMessageContaining("copy it again from @BotFather into NEWSBOT_TELEGRAM_TOKEN")
        .message().doesNotContain("not-a-token");
  }

  @Test
  void unknownKeysInTheFileAreRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("n.properties");
    Files.writeString(file, "data.dri=oops\n");
    assertThatThrownBy(() -> Config.load(file, Map.of()))
        .hasMessageContaining("unknown setting 'data.dri'")
        .hasMessageContaining("data.dir");
  }

  @Test
  void theTokenIsMaskedInToString() {
    Config c = Config.load(null, Map.of("NEWSBOT_TELEGRAM_TOKEN", TOKEN));
    assertThat(c.token()).isEqualTo(TOKEN);
    assertThat(c.toString()).contains("telegram.token=****").doesNotContain(TOKEN).doesNotContain("AAbb");
  }
}
