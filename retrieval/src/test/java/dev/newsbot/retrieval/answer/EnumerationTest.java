package dev.newsbot.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.ingest.ParagraphKind;
import dev.newsbot.retrieval.store.StoredParagraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The items of a numbered list, found from any of its sentences or its set-up, on article text in
 * the layouts issues print lists in (excerpts written for this test, in the seeds' style).
 */
class EnumerationTest {

  /** Paragraphs separated by blank lines, as an issue's text holds them. */
  private static List<StoredParagraph> paragraphs(String text) {
    List<StoredParagraph> out = new ArrayList<>();
    int start = 0;
    int n = 1;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      end = end < 0 ? text.length() : end;
      out.add(new StoredParagraph(n++, ParagraphKind.BODY, start, end, 1));
      start = end + 2;
    }
    return out;
  }

  private static List<String> quotes(String text, String anchor) {
    int at = text.indexOf(anchor);
    assertThat(at).as(anchor).isNotNegative();
    return Enumeration.spans(text, paragraphs(text), at, 150, 300).stream().map(Enumeration.Span::text).toList();
  }

  private static final String IN_ONE_PARAGRAPH = "天一黑,步道就暗了。为此,我有三点建议:一是把步道照明延长到23时;"
      + "二是在台阶处加装警示灯带;三是在入口公示管理单位电话。\n\n希望有关部门听听我们的声音。";

  @Test
  void itemsOfOneParagraphAreOneQuoteFromTheSetUp() {
    assertThat(quotes(IN_ONE_PARAGRAPH, "二是在台阶")).containsExactly(
        "为此,我有三点建议:一是把步道照明延长到23时;二是在台阶处加装警示灯带;三是在入口公示管理单位电话。");
    assertThat(quotes(IN_ONE_PARAGRAPH, "为此")).containsExactly(
        "为此,我有三点建议:一是把步道照明延长到23时;二是在台阶处加装警示灯带;三是在入口公示管理单位电话。");
  }

  private static final String ONE_A_PARAGRAPH = "笔者以为,推进转型需从三方面着力。\n\n"
      + "一是强化政府引导。组织专家团队开展诊断评估。鼓励企业先行先试。\n\n"
      + "二是搭建合作平台。开展供需对接,打造标杆场景。\n\n"
      + "三是加强宣传引导。总结推广典型经验。\n\n"
      + "转型之路,道阻且长。";

  @Test
  void itemsInParagraphsOfTheirOwnAreQuotedByTheirHeads() {
    List<String> heads = List.of("一是强化政府引导。", "二是搭建合作平台。", "三是加强宣传引导。");
    assertThat(quotes(ONE_A_PARAGRAPH, "开展供需对接")).isEmpty();
    assertThat(quotes(ONE_A_PARAGRAPH, "二是搭建")).containsExactlyElementsOf(heads);
    assertThat(quotes(ONE_A_PARAGRAPH, "三是加强")).containsExactlyElementsOf(heads);
    assertThat(quotes(ONE_A_PARAGRAPH, "笔者以为")).containsExactlyElementsOf(heads);
  }

  @Test
  void otherMarksOfItems() {
    String numbered = "会议部署了三项任务。\n\n(一)抓好项目建设。\n\n(二)优化营商环境。\n\n(三)守牢安全底线。";
    assertThat(quotes(numbered, "(二)")).containsExactly("(一)抓好项目建设。", "(二)优化营商环境。", "(三)守牢安全底线。");
    String firstThen = "首先,要摸清底数;其次,要分类施策;再次,要压实责任。";
    assertThat(quotes(firstThen, "其次")).containsExactly(firstThen);
    String ordinal = "第一,打造特色品牌。\n\n第二,构建服务体系。";
    assertThat(quotes(ordinal, "第二")).containsExactly("第一,打造特色品牌。", "第二,构建服务体系。");
  }

  @Test
  void aSentenceInNoListAndALoneItemGiveNothing() {
    assertThat(quotes(IN_ONE_PARAGRAPH, "希望有关部门")).isEmpty();
    assertThat(quotes("一是资金不足。后来问题解决了。", "一是资金")).isEmpty();
    // an item numbered out of order is another list's
    assertThat(quotes("一是修路。三是建桥。", "一是修路")).isEmpty();
    // a date or a figure opening a sentence is no item
    assertThat(quotes("3.5万人参加。4.2万人观看。", "3.5万")).isEmpty();
  }

  @Test
  void aListLongerThanTheRepliesRoomStopsAtTheLastItemThatFits() {
    String item = "具体措施内容较多".repeat(10);
    String text = "一是" + item + "。二是" + item + "。三是" + item + "。四是" + item + "。";
    List<String> q = quotes(text, "二是");
    assertThat(q).hasSize(1);
    assertThat(q.get(0)).isEqualTo("一是" + item + "。二是" + item + "。三是" + item + "。");
  }
}
