package dev.newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbot.bot.config.ConfigException;
import dev.newsbot.bot.config.Setting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsAndSettingsTest {

  static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

  @Test
  void masksTheTokenAndAnythingShapedLikeOne() {
    Secrets s = new Secrets(TOKEN);
    assertThat(s.mask("POST https://api.telegram.org/bot" + TOKEN + "/sendMessage"))
        .isEqualTo("POST https://api.telegram.org/bot<token>/sendMessage");
    assertThat(s.mask("other 987654321:ABCDEFGHIJKLMNOPQRSTUVWXYZ12 here")).isEqualTo("other <token> here");
    assertThat(s.mask("7 out of 10:30 runs")).isEqualTo("7 out of 10:30 runs");
  }

  @Test
  void masksMessagesThroughoutACauseChainKeepingStackTraces() {
    Secrets s = new Secrets(TOKEN);
    IOException cause = new IOException("failed /bot" + TOKEN + "/getMe");
    Throwable masked = s.mask(new IllegalStateException("outer " + TOKEN, cause));
    assertThat(masked.getMessage()).isEqualTo("java.lang.IllegalStateException: outer <token>");
    assertThat(masked.getCause().getMessage()).isEqualTo("java.io.IOException: failed /bot<token>/getMe");
    assertThat(masked.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
    assertThat(s.describe(new IllegalStateException("x " + TOKEN, cause)))
        .isEqualTo("IllegalStateException: x <token> <- IOException: failed /bot<token>/getMe");
  }

  @Test
  void settingsHideTheTokenAndCheckTheServerAddress() {
    TelegramSettings s = TelegramSettings.of(TOKEN, Path.of("data")).withAdmins(Set.of(7L));
    assertThat(s.toString()).doesNotContain("AAHdq").contains("token=****").contains("apiUrl=https://api.telegram.org");
    assertThat(s.isAdmin(7)).isTrue();
    assertThat(s.isAdmin(8)).isFalse();
    assertThat(s.withApiUrl("http://127.0.0.1:8081/").apiUrl()).isEqualTo("http://127.0.0.1:8081");
    assertThat(s.withApiUrl("http://127.0.0.1:8081").apiPort()).isEqualTo(8081);
    assertThat(s.withApiUrl("https://bots.example.org").apiPort()).isEqualTo(443);
    assertThat(s.withApiUrl(null).apiUrl()).isEqualTo("https://api.telegram.org");
    assertThatThrownBy(() -> s.withApiUrl("http://example.org/telegram")).isInstanceOf(ConfigException.class)
        .hasMessage("telegram.api-url 'http://example.org/telegram' must be http(s)://host[:port] without a path:"
            + " use https://api.telegram.org or your Bot API server's address (set in code)");
    assertThatThrownBy(() -> s.withApiUrl("ftp://example.org")).isInstanceOf(ConfigException.class);
    assertThat(s.uploadMaxBytes()).isEqualTo(5_242_880).isEqualTo(Long.parseLong(
        Setting.UPLOAD_MAX_BYTES.defaultValue()));
    assertThat(s.withUploadMaxBytes(2000).toString()).contains("uploadMaxBytes=2000");
    assertThatThrownBy(() -> s.withUploadMaxBytes(0)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("upload.max-bytes '0' must be a whole number from 1024 to 209715200");
    assertThatThrownBy(() -> TelegramSettings.of("12 34", Path.of("d"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("copy it again from @BotFather").hasMessageNotContaining("12 34");
  }
}
