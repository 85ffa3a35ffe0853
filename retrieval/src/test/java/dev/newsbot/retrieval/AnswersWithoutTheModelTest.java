package dev.newsbot.retrieval;

import dev.newsbot.retrieval.eval.PlainReply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.answer.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence choice, abstention and the words of a reply, a row a kind of question, over the five
 * seed issues indexed with a test embedder in lexical mode: no model, a real SQLite file. Each row
 * holds the exact reply (or the exact start of it and what it must quote).
 */
class AnswersWithoutTheModelTest extends OnLexicalSeeds {

  static final String NOT_REPORTED = "报纸已收录的各期没有报道这一内容。最接近的文章如下：";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      number: the sentence with the figure leads | 寒潮期间株洲最高用电负荷预计能到多少 | 据《打好雨雪冰冻灾害“阻击战”》（2024-01-21）：“受强冷空气影响,我市最大用电负荷量逐步攀升,预计本轮寒潮期间,株洲地区最高负荷量将达到255万千瓦。”[1]
      a news lead's byline is no part of the quote | 书画等级考试哪天开始报名 | 据《书画等级考试今日开始报名》（2024-03-09）：“有需要报名书画等级考试的考生们注意了,2024年上半年教育部教育考试院书画等级考试于3月11日开始报名。”[1]
      who wrote a signed commentary: named as author | 唱好研发双城计那篇评论是谁写的 | 据《唱好研发“双城计” 加快培育新质生产力》（作者：市委党校 易理）：
      who took a photo: named as photographer | 捐书助学那张照片是谁拍的 | 据《城乡支部共建 热情捐书助学》（摄影：杨如、谭红冰、周奕江，2023-12-23）：
      who took a photo, asked 哪位…拍: named as photographer | 捐书助学那张照片是哪位拍的 | 据《城乡支部共建 热情捐书助学》（摄影：杨如、谭红冰、周奕江，2023-12-23）：
      picture news is its own article | 报亭社区剪纸活动请的哪位老师来教 | 据《非遗绽魅力 文化润人心》：“近日,石峰区清水塘街道报亭社区网格员组织社区党员和志愿者,举办了一场以“非遗传承、巧手剪纸”为主题的文明实践活动,邀请市非遗项目“李映明剪纸艺术”传承人李伟静现场教学。”[1]
      """)
  void answers(String why, String question, String replyStart) {
    Answer a = index.ask(question);
    assertThat(a.abstained()).as(why).isFalse();
    assertThat(PlainReply.of(a)).as(why).startsWith(replyStart);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a fee the article does not give | 书画等级考试报名费是多少？
      a figure for a year the article does not give | 2022年株洲城镇新增就业多少人？
      the head of an office where only a deputy is named | 经开区企业服务局局长的电话是多少？
      the other end of a range | 寒潮期间株洲最低用电负荷是多少
      a time of day not given | 母亲健康快车每天几点出发？
      a place not given | 城区要建的新湿地公园在哪里？
      a body not named | 杉溪社区食堂是哪家餐饮公司在办？
      """)
  void abstains(String why, String question) {
    Answer a = index.ask(question);
    assertThat(a.abstained()).as(why).isTrue();
    assertThat(PlainReply.of(a)).as(why).isEqualTo(NOT_REPORTED);
    assertThat(a.closestHeadlines()).as(why).isNotEmpty();
  }

  @Test
  void aQuestionForWhoTookAPhotoQuotesOnlyTheArticleItCredits() {
    // "记者" in the question matches lists of headlines that name their reporters: no quote of theirs
    Answer a = index.ask("捐书助学那张照片是哪个记者拍的");
    assertThat(a.abstained()).isFalse();
    assertThat(a.citations()).extracting(c -> c.title()).containsOnly("城乡支部共建 热情捐书助学");
  }
}
