package dev.newsbot.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.text.Folding;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whether what a reply would quote fills the slot the question asks for, on sentences in the papers' style. */
class ConstraintsTest {

  private static String unfilled(String question, String quote, String homeCity) {
    String q = Folding.fold(question);
    return Constraints.of(q).unfilledBy(List.of(Folding.fold(quote)), q, false, Set.of(), homeCity);
  }

  @Test
  void thePapersOwnCityIsNoAnswerToWhere() {
    String quote = "圣诞节前,中车中山所的工程师第二次来到活动现场,参加了桌面游戏。";
    assertThat(unfilled("那场桌游活动在哪里办的", quote, "中山市")).isEqualTo("no place named");
    assertThat(unfilled("那场桌游活动在哪里办的", quote, "")).isNull();
    assertThat(unfilled("那场桌游活动在哪里办的", "活动在中山市图书馆三楼举行。", "中山市")).isNull();
  }

  @Test
  void aQualifiedTitleDoesNotFillTheHeadsSlot() {
    assertThat(unfilled("商会会长的电话是多少", "商会执行会长李建平的电话是13800000000。", "")).startsWith("only a deputy");
    assertThat(unfilled("商会会长的电话是多少", "商会副会长李建平的电话是13800000000。", "")).startsWith("only a deputy");
    assertThat(unfilled("商会会长的电话是多少", "商会会长李建平的电话是13800000000。", "")).isNull();
  }

  @Test
  void whichOfSeveralAsksForAListNotAnAmountAndEachSlotAskedSaysWhatFillsIt() {
    String which = Folding.fold("这回以旧换新,哪几样家电能拿补贴");
    assertThat(Constraints.of(which).violatedBy(Folding.fold("补贴范围包括冰箱、洗衣机、电视等8类家电。"))).isNull();
    String howMuch = Folding.fold("以旧换新每台能拿几百块补贴");
    assertThat(Constraints.of(howMuch).violatedBy(Folding.fold("补贴范围包括冰箱、洗衣机、电视等8类家电。")))
        .isEqualTo("no amount of money");
    String lastBus = Folding.fold("社区微公交最晚一班几点发车,为什么这么早");
    var slots = Constraints.of(lastBus).slotsAsked(lastBus);
    assertThat(slots).hasSize(1);
    assertThat(slots.get(0).test(Folding.fold("两条线路首班车均为6:30,末班车为19:30。"))).isTrue();
    assertThat(slots.get(0).test(Folding.fold("社区微公交票价1元。"))).isFalse();
    String cause = Folding.fold("那几盏路灯坏了是啥原因");
    assertThat(Constraints.of(cause).slotsAsked(cause)).singleElement()
        .matches(p -> p.test(Folding.fold("系地下电缆老化导致线路短路。")) && !p.test(Folding.fold("4盏路灯已恢复照明。")));
  }
}
