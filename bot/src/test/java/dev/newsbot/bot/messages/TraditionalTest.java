package dev.newsbot.bot.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraditionalTest {

  @Test
  void theBotsWordsBecomeTraditional() {
    assertThat(Traditional.of("报纸已收录的各期没有报道这一内容。最接近的文章如下："))
        .isEqualTo("報紙已收錄的各期沒有報道這一內容。最接近的文章如下：");
    assertThat(Traditional.of("出处：第2版，作者：记者")).isEqualTo("出處：第2版，作者：記者");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"zh-hant, true", "zh-Hant-TW, true", "zh-TW, true", "zh-hk, true", "zh_HK, true", "zh-mo, true",
      "zh, false", "zh-hans, false", "zh-CN, false", "en, false", "'', false"})
  void traditionalLanguageCodes(String code, boolean traditional) {
    assertThat(Traditional.isTraditional(code)).isEqualTo(traditional);
  }
}
