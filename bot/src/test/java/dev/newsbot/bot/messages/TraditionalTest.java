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

  @Test
  void quotesAndHeadlinesStayAsPrinted() {
    assertThat(Traditional.outsideQuotes("据《书画等级考试今日开始报名》（2024-03-09）：“考生可在3月11日登录“中国教育考试网”报名。”[1]"))
        .isEqualTo("據《书画等级考试今日开始报名》（2024-03-09）：“考生可在3月11日登录“中国教育考试网”报名。”[1]");
  }

  @Test
  void traditionalWritingIsTold() {
    assertThat(Traditional.isWritten("這次下雪市區能積多厚")).isTrue();
    assertThat(Traditional.isWritten("这次下雪市区能积多厚")).isFalse();
    assertThat(Traditional.isWritten("How deep was the snow?")).isFalse();
  }

  @Test
  void everyMessageHasATraditionalForm() {
    assertThat(Messages.TRADITIONAL.keys()).isEqualTo(Messages.CHINESE.keys()).isNotEmpty();
    assertThat(Messages.TRADITIONAL.text("follow.added", "学堂冲下水道"))
        .isEqualTo("已關注“学堂冲下水道”。新的一期報紙有相關報道時，我會發消息告訴你。");
    assertThat(Messages.ofLanguageCode("zh-hant")).isEqualTo(Messages.TRADITIONAL);
    assertThat(Messages.ofLanguageCode("zh-hans")).isEqualTo(Messages.CHINESE);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"zh-hant, true", "zh-Hant-TW, true", "zh-TW, true", "zh-hk, true", "zh_HK, true", "zh-mo, true",
      "zh, false", "zh-hans, false", "zh-CN, false", "en, false", "'', false"})
  void traditionalLanguageCodes(String code, boolean traditional) {
    assertThat(Traditional.isTraditional(code)).isEqualTo(traditional);
  }
}
