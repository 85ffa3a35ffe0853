package dev.newsbot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.CitedParagraph;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.text.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replies rendered from hand-built answers: the exact HTML a reader gets. */
class AnswerViewTest {

  static final Citation HOSTILE = new Citation(1, "001_x.txt", "株洲日报", LocalDate.of(2024, 3, 9), false,
      "A&B <script>\"标题\"</script>", 2, 10, 20, "“引文 <b>粗</b> & 完”");

  @Test
  void anAnswerListsItsSourcesAndEscapesPaperText() {
    Answer a = Answer.quoted("问题", Language.CHINESE, List.of(HOSTILE));
    assertThat(MessagePages.of(AnswerView.answer(a))).containsExactly(
        "据《A&amp;B &lt;script&gt;&quot;标题&quot;&lt;/script&gt;》（2024-03-09）：““引文 &lt;b&gt;粗&lt;/b&gt; &amp; 完””[1]"
            + "\n\n<b>出处：</b>\n"
            + "[1] 《A&amp;B &lt;script&gt;&quot;标题&quot;&lt;/script&gt;》，株洲日报，2024-03-09，第2段");
  }

  @Test
  void aNotFoundEchoesTheQuestionAndSuggestsHeadlines() {
    Answer a = new Answer("Who won <i>?", Answer.Outcome.NOT_FOUND, Language.ENGLISH, List.of(), List.of(),
        List.of("Snow & ice", "<Budget>"), null);
    assertThat(MessagePages.of(AnswerView.answer(a))).containsExactly(
        "Not found: <i>Who won &lt;i&gt;?</i>\n\nThe indexed issues of the paper did not report that."
            + " The closest articles are listed below.\n\n"
            + "• 《Snow &amp; ice》\n• 《&lt;Budget&gt;》");
  }

  @Test
  void theConsoleReadsTheSameBlocksAsPlainText() {
    Answer found = Answer.quoted("问题", Language.CHINESE, List.of(HOSTILE));
    assertThat(Block.text(AnswerView.answer(found))).isEqualTo(
        "据《A&B <script>\"标题\"</script>》（2024-03-09）：““引文 <b>粗</b> & 完””[1]\n\n出处：\n"
        + "[1] 《A&B <script>\"标题\"</script>》，株洲日报，2024-03-09，第2段");
    Answer none = new Answer("Who won?", Answer.Outcome.NOT_FOUND, Language.ENGLISH, List.of(), List.of(),
        List.of("Snow & ice"), null);
    assertThat(Block.text(AnswerView.answer(none))).isEqualTo("Not found: Who won?\n\n"
        + "The indexed issues of the paper did not report that. The closest articles are listed below.\n\n"
        + "• 《Snow & ice》");
  }

  @Test
  void aQuestionWithoutWordsIsNotEchoed() {
    Answer a = new Answer("😀", Answer.Outcome.UNUSABLE, Language.CHINESE, List.of(), List.of(), List.of(), null);
    assertThat(MessagePages.of(AnswerView.answer(a)))
        .containsExactly("请用一句话提问报纸上的内容，例如某件事的时间、地点、人物或数字。");
  }

  @Test
  void aLongEchoIsCut() {
    assertThat(AnswerView.cut("问".repeat(250), AnswerView.ECHO_CHARS)).hasSize(201).endsWith("问…");
  }

  @Test
  void theCitedParagraphShowsTheQuoteInBoldWithItsPlace() {
    CitedParagraph p = new CitedParagraph("001_x.txt", "株洲日报", LocalDate.of(2024, 3, 9), "标题 & 副题", 3,
        "前文<", "引文", ">后文");
    assertThat(MessagePages.of(AnswerView.paragraph(p, Messages.CHINESE))).containsExactly(
        "<b>《标题 &amp; 副题》</b>\n\n株洲日报 · 2024-03-09 · 第3段\n文件：001_x.txt\n\n前文&lt;<b>引文</b>&gt;后文");
    assertThat(MessagePages.of(AnswerView.paragraph(p, Messages.ENGLISH)).get(0))
        .contains("株洲日报 · 2024-03-09 · paragraph 3\nIssue file: 001_x.txt");
  }

  @Test
  void aQuoteWhoseIssueChangedIsShownAsStored() {
    assertThat(MessagePages.of(AnswerView.storedQuote(HOSTILE, Messages.ENGLISH))).containsExactly(
        "<b>《A&amp;B &lt;script&gt;&quot;标题&quot;&lt;/script&gt;》</b>\n\n株洲日报 · 2024-03-09 · paragraph 2\n"
            + "Issue file: 001_x.txt\n\nThat issue has changed since; the quote as it was cited:\n\n"
            + "<b>“引文 &lt;b&gt;粗&lt;/b&gt; &amp; 完”</b>");
  }

  @Test
  void buttonsCarryOnlyKindAnswerAndNumber() {
    var rows = Buttons.forAnswer(42,
        List.of(HOSTILE, new Citation(2, "f", "p", null, false, "t", 1, 0, 1, "q")), Messages.ENGLISH);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).extracting(b -> b.label() + "=" + b.data())
        .containsExactly("[1] Source=src:42:1", "[2] Source=src:42:2");
    assertThat(rows.get(1)).extracting(b -> b.label() + "=" + b.data()).containsExactly("👍=up:42:0", "👎=down:42:0");
  }

  @Test
  void aListOfArticlesHasOneNumberedButtonEachFiveToARow() {
    List<Citation> leads = java.util.stream.IntStream.rangeClosed(1, 7)
        .mapToObj(n -> new Citation(n, "f", "p", null, false, "t", 1, 0, 1, "q")).toList();
    assertThat(Buttons.forLeads(9, leads)).extracting(row -> row.stream().map(b -> b.label() + "=" + b.data()).toList())
        .containsExactly(List.of("1=src:9:1", "2=src:9:2", "3=src:9:3", "4=src:9:4", "5=src:9:5"),
            List.of("6=src:9:6", "7=src:9:7"));
  }
}
