package dev.newsbot.retrieval.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence spans on real passages of the seed issues. */
class SentencesTest {

  private static List<String> sentences(String text) {
    return Sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void splitsAtChineseFullStopsAndKeepsOffsets() {
    // 001, 书画等级考试今日开始报名
    String text = "此次考试采取个人网报方式,第一次报名需完成注册后再进行报考。 准考证打印时间为5月10日9:00至5 月19日14:00,"
        + "考试时间为5月18日至 5月19日(具体考试时间以准考证为准)。开考科目分为毛笔书法、硬笔书法、素描、色彩、动漫画、国画(人物、山水、花鸟)。";
    assertThat(Sentences.split(text)).containsExactly(
        new Sentences.Span(0, 30),
        new Sentences.Span(31, 93),
        new Sentences.Span(93, text.length()));
    assertThat(sentences(text)).containsExactly(
        "此次考试采取个人网报方式,第一次报名需完成注册后再进行报考。",
        "准考证打印时间为5月10日9:00至5 月19日14:00,考试时间为5月18日至 5月19日(具体考试时间以准考证为准)。",
        "开考科目分为毛笔书法、硬笔书法、素描、色彩、动漫画、国画(人物、山水、花鸟)。");
  }

  @Test
  void exclamationQuestionAndSemicolonEndSentences() {
    // 003, 融媒·观察
    assertThat(sentences("网友@心如莲花：感动！致敬！雪夜里还在坚守的你们辛苦啦，为你们点赞！"))
        .containsExactly("网友@心如莲花：感动！", "致敬！", "雪夜里还在坚守的你们辛苦啦，为你们点赞！");
    assertThat(sentences("“21世纪，什么最重要？人才！”这句电影里的经典台词，放在如今仍不过时。"))
        .containsExactly("“21世纪，什么最重要？人才！”", "这句电影里的经典台词，放在如今仍不过时。");
    // 000: a full-width semicolon
    assertThat(sentences("抓牢实战练兵,组织全市适龄民警普考“三项基本功”,连续3年以100%的合格率完成省厅考核；抓实岗位练兵,创建省级“五小五随”岗位训练示范基地2个、市级22个。"))
        .containsExactly("抓牢实战练兵,组织全市适龄民警普考“三项基本功”,连续3年以100%的合格率完成省厅考核；",
            "抓实岗位练兵,创建省级“五小五随”岗位训练示范基地2个、市级22个。");
  }

  @Test
  void closingChineseQuotesStayWithTheirSentence() {
    // 000, 庚续“水口建党”精神
    String text = "雄关漫道真如铁,而今迈步从头越。“实现公安火车头这个目标,不是一朝一夕、一蹴而就的,需要我们持续用力、久久为功。”"
        + "副市长、市公安局党委书记、局长唐文发展望新年工作蓝图时表示";
    assertThat(sentences(text)).containsExactly(
        "雄关漫道真如铁,而今迈步从头越。",
        "“实现公安火车头这个目标,不是一朝一夕、一蹴而就的,需要我们持续用力、久久为功。”",
        "副市长、市公安局党委书记、局长唐文发展望新年工作蓝图时表示");
  }

  @Test
  void repeatedEndsAndClosersAfterThemStayTogether() {
    // 000: "……" after a closing quote
    assertThat(sentences("“吃饱更能吃好,美食健康两不误!”“想吃啥就选啥,4个档口喂你好!”……"))
        .containsExactly("“吃饱更能吃好,美食健康两不误!”", "“想吃啥就选啥,4个档口喂你好!”……");
  }

  @Test
  void aClosingAsciiQuoteStaysButAnOpeningOneStartsTheNextSentence() {
    // 001, 稳岗拓岗: the first '"' after "制造。" opens a quote, the second closes it.
    String text = "湖南日望科技集团有限公司成立于2015年,主要从事电子元器件、机电组件设备制造。\"这是实打实的支持与鼓励,"
        + "公司多次享受了失业稳岗补贴。\"公司董事长彭军介绍,企业成立于2003年";
    assertThat(sentences(text)).containsExactly(
        "湖南日望科技集团有限公司成立于2015年,主要从事电子元器件、机电组件设备制造。",
        "\"这是实打实的支持与鼓励,公司多次享受了失业稳岗补贴。\"",
        "公司董事长彭军介绍,企业成立于2003年");
    // 001, 耗资300万元改造下水道 不通反堵
    assertThat(sentences("10栋背后地势低洼,污水积聚成潭。\"一个月了,都没有人来处理。\"居民李女士说。"))
        .containsExactly("10栋背后地势低洼,污水积聚成潭。", "\"一个月了,都没有人来处理。\"", "居民李女士说。");
  }

  @Test
  void aQuotationOfSeveralSentencesIsOneSentenceEndingWithItsClosingQuote() {
    // 001, 技能提升: a sentence never ends inside a pair of quotes
    String text = "\"有技能,有收入,好就业;长技能,涨收入,就好业;高技能,高收入,就业好。\"在株洲,这句话已成为共识。";
    assertThat(sentences(text)).containsExactly(
        "\"有技能,有收入,好就业;长技能,涨收入,就好业;高技能,高收入,就业好。\"",
        "在株洲,这句话已成为共识。");
  }

  @Test
  void lineBreaksEndSentencesAndTrailingSpacesAreTrimmed() {
    // 000: a byline over two lines, with markdown's trailing spaces
    String text = "株洲日报全媒体记者/沈全华 齐卫国  \n通讯员/夏文涛 杨超";
    assertThat(Sentences.split(text)).containsExactly(new Sentences.Span(0, 17), new Sentences.Span(20, 30));
    assertThat(sentences(text)).containsExactly("株洲日报全媒体记者/沈全华 齐卫国", "通讯员/夏文涛 杨超");
    // 001: a caption and its credit
    assertThat(sentences("我市陶瓷产业职工技能竞赛现场(资料图)。\n\n全媒体记者/何春林 摄"))
        .containsExactly("我市陶瓷产业职工技能竞赛现场(资料图)。", "全媒体记者/何春林 摄");
  }

  @Test
  void decimalPointsAreNotSentenceEnds() {
    // 004, 芦淞区 搭建创业发展平台
    String text = "现有个体工商户6.5万余户,私营企业1.4万余户,个私民营经济占全区GDP比重的54%,税收占35%,占市场主体的90%,"
        + "个体私营经济已经成为芦淞区经济增长的重要引擎。";
    assertThat(sentences(text)).containsExactly(text);
    // 001: "3.81亿元" inside a sentence, then the next one
    assertThat(sentences("为企业减负3.81亿元,有效稳住了就业岗位。发布了2023年度株洲市民营企业就业贡献20强榜单"))
        .containsExactly("为企业减负3.81亿元,有效稳住了就业岗位。", "发布了2023年度株洲市民营企业就业贡献20强榜单");
  }

  @Test
  void aWesternFullStopEndsASentenceBeforeASpaceOrTheEnd() {
    // test resource riverside-gazette_2024-05-02.txt
    String text = "The barrier is 2.4 kilometres long and cost 18 million dollars. Engineers say it will protect about 4,500 homes.";
    assertThat(sentences(text)).containsExactly(
        "The barrier is 2.4 kilometres long and cost 18 million dollars.",
        "Engineers say it will protect about 4,500 homes.");
  }

  @Test
  void blankAndUnfinishedText() {
    assertThat(Sentences.split("")).isEmpty();
    assertThat(Sentences.split(" \n\u3000 ")).isEmpty();
    // 002: a paragraph cut off at the end of a column
    assertThat(sentences("  “我家离公司很近,这里工作环境不错,月薪5000元,很满"))
        .containsExactly("“我家离公司很近,这里工作环境不错,月薪5000元,很满");
  }
}
