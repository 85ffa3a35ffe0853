package dev.newsbot.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbot.bot.telegram.TelegramSettings;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
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
    assertThat(Config.load(SHIPPED, Map.of()).toString()).isEqualTo(Config.defaults().toString());
  }

  @Test
  void environmentOverridesTheFileAndValuesComeTyped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("n.properties");
    Files.writeString(file, "data.dir=/from/file\ntelegram.workers=2\nhealth.enabled=off\n");
    Config c = Config.load(file, Map.of("NEWSBOT_DATA_DIR", "/from/env", "NEWSBOT_TELEGRAM_API_URL",
        "http://127.0.0.1:8081/", "NEWSBOT_ADMIN_USER_IDS", "42, 7", "PATH", "/usr/bin"));
    assertThat(c.dataDir()).isEqualTo(Path.of("/from/env"));
    assertThat(c.workers()).isEqualTo(2);
    assertThat(c.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
    assertThat(c.adminUserIds()).containsExactlyInAnyOrder(42L, 7L);
    assertThat(c.healthEnabled()).isFalse();
    assertThat(c.embeddingModel()).isEqualTo(EmbeddingChoice.DEFAULT);
    assertThat(c.uploadMaxBytes()).isEqualTo(5_242_880L);
    assertThat(c.healthHost()).isEqualTo("127.0.0.1");
    assertThat(c.healthPort()).isEqualTo(8090);
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
        .hasMessage("the configuration has 5 problems:\n"
            + "  - embedding.model: unknown embedding model 'gpt-9': use one of bge-small-zh-v15, bge-small-zh-v15-q,"
            + " all-minilm-l6-v2 (from NEWSBOT_EMBEDDING_MODEL in the environment; fix it there, or remove it for the"
            + " default 'bge-small-zh-v15-q')\n"
            + "  - telegram.token does not look like a bot token (digits, ':' and about 35 letters): copy it again"
            + " from @BotFather (from NEWSBOT_TELEGRAM_TOKEN in the environment; fix it there, or remove it for the"
            + " default)\n"
            + "  - telegram.api-url 'ftp://x' must be http(s)://host[:port] without a path: use"
            + " https://api.telegram.org or your Bot API server's address (from NEWSBOT_TELEGRAM_API_URL in the"
            + " environment; fix it there, or remove it for the default 'https://api.telegram.org')\n"
            + "  - admin.user-ids: 'alice' is not a numeric Telegram user id: list ids separated by commas (from"
            + " NEWSBOT_ADMIN_USER_IDS in the environment; fix it there, or remove it for the default)\n"
            + "  - telegram.workers '0' must be a whole number from 1 to 64 (from NEWSBOT_TELEGRAM_WORKERS in the"
            + " environment; fix it there, or remove it for the default '4')");
  }

  @Test
  void aMisspelledVariableIsRefusedWithTheNameItWasMeantToBe() {
    assertThatThrownBy(() -> Config.load(null, Map.of("NEWSBOT_DATA_DIRR", "/srv/news")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("unknown setting NEWSBOT_DATA_DIRR; did you mean NEWSBOT_DATA_DIR?");
    assertThatThrownBy(() -> Config.load(null, Map.of("NEWSBOT_TELEGRAM_QUESTION_PER_MINUTE", "5")))
        .hasMessage("unknown setting NEWSBOT_TELEGRAM_QUESTION_PER_MINUTE; did you mean"
            + " NEWSBOT_TELEGRAM_QUESTIONS_PER_MINUTE?");
    assertThatThrownBy(() -> Config.load(null, Map.of("NEWSBOT_COLOUR", "blue")))
        .hasMessageStartingWith("unknown setting NEWSBOT_COLOUR: remove it, the known settings are NEWSBOT_DATA_DIR,"
            + " NEWSBOT_SEEDS_DIR,");
  }

  @Test
  void anEmptyFolderSettingIsRefusedRatherThanMeaningTheCurrentFolder() {
    assertThatThrownBy(() -> Config.load(null, Map.of("NEWSBOT_DATA_DIR", "")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("data.dir is empty: name a folder (an empty value would mean the current folder) (from"
            + " NEWSBOT_DATA_DIR in the environment; fix it there, or remove it for the default 'data')");
    assertThatThrownBy(() -> Config.load(null, Map.of("NEWSBOT_SEEDS_DIR", "  ")))
        .hasMessageStartingWith("seeds.dir is empty");
  }

  @Test
  void aSettingsFileThatIsNotThereOrIsAFolderStopsNewsbot(@TempDir Path dir) {
    Path missing = dir.resolve("missing.properties");
    assertThatThrownBy(() -> Config.load(missing, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("there is no settings file at " + missing.toAbsolutePath() + ": check the path given to --config,"
            + " or leave --config out to use config/newsbot.properties");
    assertThatThrownBy(() -> Config.load(dir, Map.of()))
        .hasMessage(dir + " is a folder, not a settings file: give --config the .properties file itself, e.g."
            + " config/newsbot.properties");
  }

  @Test
  void unknownKeysInTheFileAreRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("n.properties");
    Files.writeString(file, "data.dri=oops\n");
    assertThatThrownBy(() -> Config.load(file, Map.of()))
        .hasMessage(file + ": unknown setting 'data.dri'; did you mean data.dir?");
  }

  @Test
  void theTelegramSettingsAreAViewWithTheSameLimits() {
    Config c = Config.load(null, Map.of("NEWSBOT_TELEGRAM_TOKEN", TOKEN, "NEWSBOT_TELEGRAM_QUESTIONS_PER_MINUTE",
        "10000", "NEWSBOT_UPLOAD_MAX_BYTES", "209715200"));
    TelegramSettings t = TelegramSettings.of(c);
    assertThat(t.questionsPerMinute()).isEqualTo(10_000);
    assertThat(t.uploadMaxBytes()).isEqualTo(200L * 1024 * 1024);
    assertThatThrownBy(() -> t.withUploadMaxBytes(200L * 1024 * 1024 + 1))
        .hasMessageStartingWith("upload.max-bytes '209715201' must be a whole number from 1024 to 209715200");
    assertThatThrownBy(() -> t.withQuestionsPerMinute(0))
        .hasMessageStartingWith("telegram.questions-per-minute '0' must be a whole number from 1 to 100000");
    assertThatThrownBy(() -> TelegramSettings.of(Config.defaults()))
        .hasMessage("telegram.token is not set: put NEWSBOT_TELEGRAM_TOKEN=<token from @BotFather> in the environment");
  }

  @Test
  void aBotApiUrlWithAPathIsRefusedAtStartUp() {
    assertThatThrownBy(() -> Config.load(null, Map.of("NEWSBOT_TELEGRAM_API_URL", "https://proxy.example/telegram")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("telegram.api-url 'https://proxy.example/telegram' must be http(s)://host[:port]"
            + " without a path");
    assertThatThrownBy(() -> Config.load(null, Map.of("NEWSBOT_TELEGRAM_API_URL", "https://user:pw@proxy.example")))
        .hasMessageStartingWith("telegram.api-url 'https://user:pw@proxy.example' must be");
  }

  @Test
  void theTokenIsMaskedInToString() {
    Config c = Config.load(null, Map.of("NEWSBOT_TELEGRAM_TOKEN", TOKEN));
    assertThat(c.token()).isEqualTo(TOKEN);
    assertThat(c.toString()).contains("telegram.token=****").doesNotContain(TOKEN).doesNotContain("AAbb");
    assertThat(TelegramSettings.of(c).toString()).contains("token=****").doesNotContain("AAbb");
    assertThat(c.with(Setting.TELEGRAM_WORKERS, "8").toString()).contains("telegram.workers=8")
        .doesNotContain("AAbb");
  }

  @Test
  void theSolrStoreIsChosenBySettingsWithThePasswordMasked() {
    assertThat(Config.defaults().store().toString()).isEqualTo("sqlite");
    Config c = Config.load(null, Map.of("NEWSBOT_STORE_TYPE", "solr", "NEWSBOT_SOLR_ZK_HOSTS", "zk1:2181,zk2:2181/solr",
        "NEWSBOT_SOLR_USER", "newsbot", "NEWSBOT_SOLR_PASSWORD", "s3cret-pass"));
    assertThat(c.store().toString()).isEqualTo("SolrSettings[solr:zk1:2181,zk2:2181/solr/newsbot, shards=2,"
        + " replicas=2, user=newsbot, password=****, timeout=PT10S]");
    assertThat(c.toString()).contains("solr.password=****").doesNotContain("s3cret");
  }

  @Test
  void theSolrSettingsMustNameTheClusterOnceAndAuthenticateWithBothOrNeither() {
    assertThatThrownBy(() -> Config.load(null, Map.of("NEWSBOT_STORE_TYPE", "solr")))
        .hasMessage("store.type=solr needs exactly one of solr.zk-hosts (zk1:2181,zk2:2181/solr) and solr.urls"
            + " (http://solr1:8983/solr,...): set NEWSBOT_SOLR_ZK_HOSTS or NEWSBOT_SOLR_URLS");
    assertThatThrownBy(() -> Config.load(null, Map.of("NEWSBOT_STORE_TYPE", "solr", "NEWSBOT_SOLR_URLS",
        "solr1:8983", "NEWSBOT_SOLR_PASSWORD", "s3cret-pass")))
        .hasMessage("the configuration has 2 problems:\n"
            + "  - solr.urls 'solr1:8983' must be http(s)://host:port/solr, comma-separated\n"
            + "  - solr.user and solr.password go together: set both (NEWSBOT_SOLR_USER, NEWSBOT_SOLR_PASSWORD)"
            + " or neither");
    assertThatThrownBy(() -> Config.load(null, Map.of("NEWSBOT_STORE_TYPE", "postgres")))
        .hasMessageStartingWith("store.type 'postgres' must be one of sqlite, solr");
    assertThat(Config.load(null, Map.of("NEWSBOT_SOLR_URLS", "not checked unless solr")).store().toString())
        .isEqualTo("sqlite");
  }
}
