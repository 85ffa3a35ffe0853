package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.MessagePages;
import static dev.newsbot.bot.telegram.TestBots.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.conversation.AnswerView;
import dev.newsbot.bot.conversation.Html;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.bot.testkit.TelegramHtml;
import dev.newsbot.retrieval.CitedParagraph;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Citation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph of 7,600 characters (test resource {@code telegram/long-paragraph}), with {@code & < >}
 * in the paper's own text: its source button needs more than one message, each valid HTML.
 */
class LongMessagesIT {

  static final String QUESTION = "长跑节男子全程冠军是谁？";
  static NewsIndex index;

  @BeforeAll
  static void index() {
    index = SeedIndex.build(Path.of("target", "telegram-it", "long-index"),
        Path.of("src", "test", "resources", "telegram", "long-paragraph"));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void aLongParagraphIsSplitIntoValidMessagesAndPaperTextIsEscaped(@TempDir Path dataDir) throws Exception {
    Person ming = Person.user(901, "小明", "zh");
    Room chat = Room.privateWith(ming);
    try (FakeBotApi api = new FakeBotApi(); TelegramBot bot = TestBots.start(api, dataDir, index)) {
      api.users.says(chat, ming, QUESTION);
      Call answer = api.awaitSent(ming.id(), 1, WAIT).get(0);
      assertThat(answer.text()).contains("欧阳晓峰").contains("株洲R&amp;D&lt;创新&gt;中心");
      api.users.presses(chat, ming, 2, "src:" + TelegramBotIT.answerIdOf(answer) + ":1");

      Citation c = index.ask(QUESTION).citations().get(0);
      CitedParagraph p = index.citedParagraph(c.issue(), c.start(), c.end()).orElseThrow();
      String paragraph = p.before() + p.quote() + p.after();
      assertThat(paragraph.length()).isGreaterThan(7000);
      int parts = MessagePages.of(AnswerView.paragraph(p, Messages.CHINESE)).size();
      assertThat(parts).isBetween(2, 3);
      List<Call> shown = api.awaitSent(ming.id(), 1 + parts, WAIT).subList(1, 1 + parts);

      assertThat(api.calls("sendmessage")).allMatch(Call::ok);
      assertThat(shown).allSatisfy(m -> {
        assertThat(m.text().length()).isLessThanOrEqualTo(4096);
        assertThat(TelegramHtml.problem(m.text())).isNull();
      });
      assertThat(shown.get(0).text()).startsWith("<b>《神农湖畔长跑节圆满落幕》</b>\n\n株洲日报 · 2024-05-01 · 第");
      assertThat(shown.get(0).params().path("reply_parameters").path("message_id").asInt()).isEqualTo(2);
      String joined = String.join("", shown.stream().map(m -> TelegramHtml.visible(m.text())).toList());
      assertThat(joined.replace("\n", "")).contains(paragraph.replace("\n", ""));
      assertThat(String.join("", shown.stream().map(Call::text).toList()))
          .contains("<b>" + Html.escape(c.quote()) + "</b>");
    }
  }
}
