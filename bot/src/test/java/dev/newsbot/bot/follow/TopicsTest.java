package dev.newsbot.bot.follow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests written for this test in the styles readers use; none from a question set. */
class TopicsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      关注学堂冲下水道                     | FOLLOW   | 学堂冲下水道
      帮我关注一下老旧小区改造的消息       | FOLLOW   | 老旧小区改造
      请订阅高铁站扩建进展。               | FOLLOW   | 高铁站扩建
      有学堂冲的新消息告诉我               | FOLLOW   | 学堂冲
      以后报纸上有湘江大桥的报道就通知我一声 | FOLLOW | 湘江大桥
      要是有中考体育的新消息麻烦告诉我！   | FOLLOW   | 中考体育
      follow road works                    | FOLLOW   | road works
      Please notify me about school places. | FOLLOW  | school places
      取消关注学堂冲下水道                 | UNFOLLOW | 学堂冲下水道
      不再关注中考体育了                   | UNFOLLOW | 中考体育
      stop following road works            | UNFOLLOW | road works
      今天报纸说了什么                     | LATEST   | ''
      最新一期有什么                       | LATEST   | ''
      这期报上都登了啥新闻                 | LATEST   | ''
      What's in the latest issue?          | LATEST   | ''
      最近有什么关于学堂冲的报道           | NEWEST   | 学堂冲
      近期有哪些中考体育的新闻             | NEWEST   | 中考体育
      Any recent news about road works?    | NEWEST   | road works
      """)
  void aRequestInWordsNamesItsTopic(String message, Topics.Ask ask, String topic) {
    assertThat(Topics.request(message)).contains(new Topics.Request(ask, topic));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      市里今年最关注哪些民生问题
      这次下雪咱们株洲市区能积多厚的雪？
      有没有关于学堂冲的消息
      最新一期报纸的头版新闻讲的是哪家企业
      关注
      Who follows the road works?
      """)
  void aQuestionIsNoRequest(String message) {
    assertThat(Topics.request(message)).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      学堂冲 下水道     | 学堂冲下水道
      “学堂冲下水道”   | 学堂冲下水道
      Road Works!       | roadworks
      ！！！            | ''
      """)
  void twoSpellingsOfATopicShareAKey(String topic, String key) {
    assertThat(Topics.key(topic)).isEqualTo(key);
  }
}
