package dev.newsbot.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.text.Folding;
import org.junit.jupiter.api.Test;

/** Who holds an office: asked before or after the question word, and named beside the office. */
class OfficeTest {

  private static boolean namedNear(String question, String text) {
    Office office = Office.of(Folding.fold(question));
    assertThat(office).as(question).isNotNull();
    return office.namedNear(Folding.fold(text));
  }

  @Test
  void theOfficeAfterWhichOneIsAskedToo() {
    assertThat(Office.of(Folding.fold("牵头这项工作的是哪位副市长"))).isNotNull();
    assertThat(Office.of(Folding.fold("街道办主任是谁"))).isNotNull();
    assertThat(Office.of(Folding.fold("这项工作是哪天启动的"))).isNull();
  }

  @Test
  void aHolderNamedRightAfterTheOfficeAfterDeOrAfterOtherTitles() {
    assertThat(namedNear("牵头这项工作的是哪位副市长", "副市长陈立安带队调研。")).isTrue();
    assertThat(namedNear("协会会长是谁", "身为协会党支部书记、会长的周海平,常去企业走访。")).isTrue();
    assertThat(namedNear("市文旅局局长是谁", "市文旅局局长、党组书记罗文清介绍了情况。")).isTrue();
  }

  @Test
  void anOfficeHeldBySomeoneUnnamedNamesNobody() {
    assertThat(namedNear("牵头这项工作的是哪位副市长", "今年,我市成立工作专班,由一名副市长担任组长。")).isFalse();
  }

  @Test
  void aQualifiedTitleIsAnotherOffice() {
    assertThat(namedNear("商会会长是谁", "身为商会党支部书记、执行会长的李建平,常去企业走访。")).isFalse();
    assertThat(namedNear("商会会长是谁", "名誉会长王德明出席。")).isFalse();
    assertThat(namedNear("这所学校的校长是谁", "原校长刘志强退休后,仍常回学校。")).isFalse();
    assertThat(namedNear("商会的执行会长是哪位", "身为商会党支部书记、执行会长的李建平,常去企业走访。")).isTrue();
    assertThat(namedNear("商会会长是谁", "商会会长李建平介绍,今年新发展会员120家。")).isTrue();
  }
}
