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
}
