package dev.newsbot.retrieval.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a question and a passage are matched on: half-width, Simplified, lower case, no spaces in Chinese. */
class FoldingTest {

  @Test
  void fullWidthFormsBecomeHalfWidth() {
    // 003 uses full-width punctuation
    assertThat(Folding.fold("治国常道，利民为本。龙年将至 你知道株洲的“龙地名”有多少吗？"))
        .isEqualTo("治国常道,利民为本。龙年将至你知道株洲的“龙地名”有多少吗?");
    assertThat(Folding.fold("（全媒体记者／王娜）３月８日")).isEqualTo("(全媒体记者/王娜)3月8日");
    assertThat(Folding.fold("ＡＢＣ１２３")).isEqualTo("abc123");
  }

  @Test
  void traditionalCharactersBecomeSimplified() {
    // 003, 新闻点击排行榜: "全体天元区中小學生再放假一天！"
    assertThat(Folding.fold("全体天元区中小學生再放假一天！")).isEqualTo("全体天元区中小学生再放假一天!");
    assertThat(Folding.fold("學")).isEqualTo("学");
    assertThat(Folding.fold("醴陵東城大道的修通")).isEqualTo("醴陵东城大道的修通");
    assertThat(Folding.fold("龍行龘龘")).isEqualTo("龙行龘龘");
    assertThat(Folding.fold("株洲日報記者")).isEqualTo("株洲日报记者");
  }

  @Test
  void latinLettersAreLowerCased() {
    assertThat(Folding.fold("与企业HR互相留下了联系方式")).isEqualTo("与企业hr互相留下了联系方式");
    assertThat(Folding.fold("全国IPv6技术创新")).isEqualTo("全国ipv6技术创新");
    assertThat(Folding.fold("Mayor Helen Ortiz")).isEqualTo("mayor helen ortiz");
    assertThat(Folding.fold("ÉCOLE")).isEqualTo("école");
  }

  @Test
  void whitespaceIsNormalisedAsInPassages() {
    assertThat(Folding.fold("株洲日报讯(全媒体记者/王娜) 3 月8日")).isEqualTo("株洲日报讯(全媒体记者/王娜) 3月8日");
    assertThat(Folding.fold("  City   opens\nnew library ")).isEqualTo("city opens new library");
  }

  @Test
  void foldedTextIsAFixedPoint() {
    String once = Folding.fold("全体天元区中小學生再放假一天！（ＨＲ）");
    assertThat(Folding.fold(once)).isEqualTo(once);
  }

  @Test
  void emptyText() {
    assertThat(Folding.fold("")).isEmpty();
  }
}
