package dev.newsbot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.testkit.TelegramHtml;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagePagesTest {

  @Test
  void shortBlocksShareOneMessageSeparatedByABlankLine() {
    assertThat(MessagePages.of(List.of(Block.plain("a & b"), Block.of(Span.bold("<c>")))))
        .containsExactly("a &amp; b\n\n<b>&lt;c&gt;</b>");
  }

  @Test
  void messagesBreakBetweenBlocksWhenTheNextDoesNotFit() {
    List<Block> blocks = List.of(Block.plain("一".repeat(6)), Block.plain("二".repeat(6)), Block.plain("三".repeat(3)));
    assertThat(MessagePages.of(blocks, 14)).containsExactly("一一一一一一\n\n二二二二二二", "三三三");
  }

  @Test
  void aLongBlockBreaksAfterASentenceAndKeepsEachPieceValid() {
    Block block = Block.of(Span.plain("甲乙丙。丁戊己。"), Span.bold("庚辛壬癸。子丑。"), Span.plain("寅卯"));
    List<String> pages = MessagePages.of(List.of(block), 12);
    assertThat(pages).containsExactly("甲乙丙。丁戊己。", "<b>庚辛壬癸。</b>", "<b>子丑。</b>寅卯");
    assertThat(pages).allMatch(p -> TelegramHtml.problem(p) == null && p.length() <= 12);
  }

  @Test
  void entitiesAreNeverCutAndTheirLengthCounts() {
    List<String> pages = MessagePages.of(List.of(Block.plain("&&&&&")), 12);
    assertThat(pages).containsExactly("&amp;&amp;", "&amp;&amp;", "&amp;");
  }

  @Test
  void surrogatePairsStayWhole() {
    List<String> pages = MessagePages.of(List.of(Block.plain("😀😀😀")), 5);
    assertThat(pages).containsExactly("😀😀", "😀");
  }

  @Test
  void everyPageOfARealisticLongParagraphIsAtMostTheLimitAndValid() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      text.append("第").append(i).append("句话里有 <标签> & “引号”。");
    }
    Block block = Block.of(Span.plain(text.substring(0, 5000)), Span.bold(text.substring(5000, 5200)),
        Span.plain(text.substring(5200)));
    List<String> pages = MessagePages.of(List.of(Block.of(Span.bold("《标题》")), block));
    assertThat(pages.size()).isGreaterThan(2);
    assertThat(pages).allMatch(p -> p.length() <= MessagePages.LIMIT && TelegramHtml.problem(p) == null);
    List<String> visible = new ArrayList<>();
    pages.forEach(p -> visible.add(TelegramHtml.visible(p)));
    assertThat(String.join("", visible)).isEqualTo("《标题》\n\n" + text);
  }
}
