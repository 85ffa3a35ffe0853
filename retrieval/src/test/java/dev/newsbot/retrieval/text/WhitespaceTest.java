package dev.newsbot.retrieval.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whitespace left by PDF extraction: gone beside Chinese, one space between Latin words. */
class WhitespaceTest {

  @Test
  void spacesAndLineBreaksInsideChineseTextDisappear() {
    // 001: "3 月8日", "国际劳动妇 女节", "百企 万岗" are PDF artefacts inside words.
    assertThat(Whitespace.normalize("株洲日报讯(全媒体记者/何春林 通讯员/周士杰) 3月8日,国际劳动妇 女节,荷塘区开展了\"春风行动·百企 万岗\"招聘会"))
        .isEqualTo("株洲日报讯(全媒体记者/何春林 通讯员/周士杰) 3月8日,国际劳动妇女节,荷塘区开展了\"春风行动·百企万岗\"招聘会");
    assertThat(Whitespace.normalize("株洲日报讯(全媒体记者/王娜) 3 月8日,全省自然资源"))
        .isEqualTo("株洲日报讯(全媒体记者/王娜) 3月8日,全省自然资源");
    assertThat(Whitespace.normalize("会上,株洲市自然资源和规划局\n\n创新探索的"))
        .isEqualTo("会上,株洲市自然资源和规划局创新探索的");
  }

  @Test
  void theSpaceBetweenTwoNamesOfACreditStays() {
    // the names of a byline, a lead and a signature would run together ("易芳全媒体记者")
    assertThat(Whitespace.normalize("通讯员/易芳 全媒体记者/邓雅")).isEqualTo("通讯员/易芳 全媒体记者/邓雅");
    assertThat(Whitespace.normalize("株洲日报全媒体记者/沈全华 齐卫国  \n通讯员/夏文涛 杨超"))
        .isEqualTo("株洲日报全媒体记者/沈全华 齐卫国 通讯员/夏文涛 杨超");
    assertThat(Whitespace.normalize("株洲日报全媒体记者/杨如通讯员/谭红冰 周奕江 摄")).isEqualTo("株洲日报全媒体记者/杨如通讯员/谭红冰 周奕江 摄");
    assertThat(Whitespace.normalize("市委党校管理学教研部 邓莹璐")).isEqualTo("市委党校管理学教研部 邓莹璐");
    // a body's PDF spaces between words are no names: "居 民", "高新区 企业"
    assertThat(Whitespace.normalize("大塘冲社区学堂冲二村居 民:自下水道改造后")).isEqualTo("大塘冲社区学堂冲二村居民:自下水道改造后");
    assertThat(Whitespace.normalize("市委党校\n易理在文中")).isEqualTo("市委党校易理在文中");
  }

  @Test
  void wideSpacesAndWidePunctuationCountAsChinese() {
    // 003 uses full-width punctuation; U+3000 is the ideographic space.
    assertThat(Whitespace.normalize("治国常道， 利民为本。\u3000党的二十大报告")).isEqualTo("治国常道，利民为本。党的二十大报告");
    assertThat(Whitespace.normalize("拓展政企 “朋友圈” 提升营商环境软实力")).isEqualTo("拓展政企“朋友圈”提升营商环境软实力");
    assertThat(Whitespace.normalize("网友@Andy ：株洲是一座年轻而又充满活力的城市")).isEqualTo("网友@Andy：株洲是一座年轻而又充满活力的城市");
  }

  @Test
  void runsBetweenLatinWordsOrDigitsBecomeOneSpace() {
    assertThat(Whitespace.normalize("City opens   new\n\tlibrary")).isEqualTo("City opens new library");
    assertThat(Whitespace.normalize("from 9 a.m.\u00A0to\u30008 p.m.")).isEqualTo("from 9 a.m. to 8 p.m.");
    // 002: a list of phone numbers, one per line.
    assertThat(Whitespace.normalize("- 市生态环境局:12369\n- 市执法支队支队长袁理:19973366056"))
        .isEqualTo("-市生态环境局:12369 -市执法支队支队长袁理:19973366056");
  }

  @Test
  void aLatinWordBesideChineseLosesItsSpaces() {
    // 004 "的底气 and 澎湃向前": the rule is about the neighbours, not the word.
    assertThat(Whitespace.normalize("制造名城“制造业当家”的底气 and 澎湃向前的力量")).isEqualTo("制造名城“制造业当家”的底气and澎湃向前的力量");
  }

  @Test
  void whitespaceAtTheEdgesIsDropped() {
    assertThat(Whitespace.normalize("  \n株洲日报全媒体记者/沈全华 齐卫国  \n")).isEqualTo("株洲日报全媒体记者/沈全华 齐卫国");
    assertThat(Whitespace.normalize(" \t\n\u3000")).isEmpty();
    assertThat(Whitespace.normalize("")).isEmpty();
  }

  @Test
  void textWithoutWhitespaceIsUnchanged() {
    String s = "芦淞区是株洲个体私营经济的发源地。现有个体工商户6.5万余户,私营企业1.4万余户,个私民营经济占全区GDP比重的54%";
    assertThat(Whitespace.normalize(s)).isEqualTo(s);
  }

  @Test
  void spaceAndWideCharacterClasses() {
    assertThat(Whitespace.isSpace('\u3000')).isTrue();
    assertThat(Whitespace.isSpace('\u00A0')).isTrue();
    assertThat(Whitespace.isSpace('\u200B')).isTrue();
    assertThat(Whitespace.isSpace('\n')).isTrue();
    assertThat(Whitespace.isSpace('株')).isFalse();
    assertThat(Whitespace.isWide('株')).isTrue();
    assertThat(Whitespace.isWide('，')).isTrue();
    assertThat(Whitespace.isWide('。')).isTrue();
    assertThat(Whitespace.isWide('“')).isTrue();
    assertThat(Whitespace.isWide('a')).isFalse();
    assertThat(Whitespace.isWide('3')).isFalse();
    assertThat(Whitespace.isWide(',')).isFalse();
  }
}
