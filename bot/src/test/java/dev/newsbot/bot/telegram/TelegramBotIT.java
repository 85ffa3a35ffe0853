package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.MessagePages;
import dev.newsbot.bot.conversation.AnswerText;
import static dev.newsbot.bot.telegram.TestBots.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbot.bot.conversation.Html;
import dev.newsbot.bot.conversation.StartCommand;
import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.bot.testkit.TelegramHtml;
import dev.newsbot.retrieval.CitedParagraph;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bot end to end: real telegrambots client, real index of the seeds, fake Bot API on loopback. */
class TelegramBotIT extends BotOnSeeds {

  static String question;

  final Person ming = Person.user(501, "小明", "zh-hans");
  final Room mingChat = Room.privateWith(ming);

  @BeforeAll
  static void aQuestionTheSeedsAnswer() {
    question = TestBots.answerable(SeedIndex.shared());
  }

  @Test
  void registersCommandMenusInChineseAndEnglishWithAdminCommandsForAdminsOnly() {
    List<Call> menus = api.await(c -> c.method().equals("setmycommands"), 4, WAIT, "setMyCommands");
    assertThat(menus).allMatch(Call::ok);
    assertThat(menus.get(0).params().has("language_code")).isFalse();
    assertThat(menus.get(0).params().path("scope").path("type").asText()).isEqualTo("default");
    assertThat(commands(menus.get(0))).containsExactly("start", "help", "sources", "ask", "latest", "follow",
        "following", "unfollow");
    assertThat(commands(menus.get(1))).containsExactly("start", "help", "sources", "ask", "latest", "follow",
        "following", "unfollow");
    for (Call admin : menus.subList(2, 4)) {
      assertThat(admin.params().path("scope").path("type").asText()).isEqualTo("chat");
      assertThat(admin.params().path("scope").path("chat_id").asLong()).isEqualTo(TestBots.ADMIN);
      assertThat(commands(admin)).containsExactly("start", "help", "sources", "ask", "latest", "follow", "following",
          "unfollow", "reindex", "stats");
    }
    assertThat(menus.get(2).params().has("language_code")).isFalse();
    assertThat(menus.get(3).params().path("language_code").asText()).isEqualTo("en");
    assertThat(menus.get(3).params().path("commands").get(9).path("description").asText())
        .isEqualTo("Questions, votes and index size (admins only)");
    assertThat(menus.get(0).params().path("commands").get(0).path("description").asText())
        .isEqualTo("介绍：我读过哪些报纸、怎么提问");
    assertThat(menus.get(1).params().path("language_code").asText()).isEqualTo("en");
    assertThat(menus.get(1).params().path("commands").get(0).path("description").asText())
        .isEqualTo("What I know and how to ask");
  }

  @Test
  void startTellsWhichIssuesItKnowsAndGivesExamples() {
    api.users.says(mingChat, ming, "/start");
    String reply = api.awaitSent(ming.id(), 1, WAIT).get(0).text();
    List<IssueInfo> issues = index.issues();
    assertThat(issues).hasSize(5);
    List<java.time.LocalDate> dates = issues.stream().map(IssueInfo::date).filter(d -> d != null).sorted().toList();
    assertThat(reply).startsWith("<b>你好！")
        .contains("我读过 5 期报纸（" + dates.get(0) + " 至 " + dates.get(dates.size() - 1) + "）：");
    for (IssueInfo i : issues) {
      String day = i.date() == null ? "日期不详" : i.date() + (i.dateInferred() ? "（推断）" : "");
      assertThat(reply).contains("• " + day + " 株洲日报\n");
    }
    List<String> headlines = StartCommand.headlines(index);
    assertThat(headlines).hasSize(3).containsExactlyElementsOf(index.latest().orElseThrow().articles().stream()
        .limit(3).map(dev.newsbot.retrieval.ArticleLead::title).toList());
    assertThat(reply).contains("直接把问题发给我就行，例如：\n• 《" + Html.escape(headlines.get(0)) + "》讲了什么？\n• 《"
        + Html.escape(headlines.get(1)) + "》讲了什么？\n• 《" + Html.escape(headlines.get(2)) + "》讲了什么？\n\n")
        .contains("/help");
    assertThat(MessagePages.of(StartCommand.text(issues, headlines, Messages.CHINESE))).containsExactly(reply);
    assertThat(index.ask(Messages.CHINESE.text("start.example", headlines.get(0))).abstained())
        .as("a question to try is answered").isFalse();
  }

  @Test
  void questionIsAnsweredWithQuotesSourcesAndButtons() {
    int asked = api.users.says(mingChat, ming, question);
    Call reply = api.awaitSent(ming.id(), 1, WAIT).get(0);
    Answer expected = index.ask(question);

    assertThat(reply.params().path("parse_mode").asText()).isEqualTo("HTML");
    assertThat(reply.text()).isEqualTo(Html.escape(AnswerText.of(expected)) + "\n\n<b>出处：</b>\n" + String.join("\n",
        expected.citations().stream().map(c -> "[" + c.n() + "] " + Html.escape(AnswerText.source(c, Messages.of(expected.language()))))
            .toList()));
    List<Call> typing = api.calls("sendchataction");
    assertThat(typing).hasSize(1);
    assertThat(typing.get(0).params().path("action").asText()).isEqualTo("typing");
    assertThat(typing.get(0).atNanos()).isLessThan(reply.atNanos());

    List<String> buttons = new ArrayList<>();
    for (JsonNode row : reply.params().path("reply_markup").path("inline_keyboard")) {
      row.forEach(b -> buttons.add(b.path("text").asText() + "=" + b.path("callback_data").asText()));
    }
    long id = answerIdOf(reply);
    List<String> expectedButtons = new ArrayList<>();
    for (Citation c : expected.citations()) {
      expectedButtons.add("[" + c.n() + "] 原文=src:" + id + ":" + c.n());
    }
    expectedButtons.add("👍=up:" + id + ":0");
    expectedButtons.add("👎=down:" + id + ":0");
    assertThat(buttons).containsExactlyElementsOf(expectedButtons);
    assertThat(asked).isPositive();
  }

  @Test
  void sourceButtonShowsTheWholeParagraphWithTheQuoteInBold() {
    api.users.says(mingChat, ming, question);
    Call answer = api.awaitSent(ming.id(), 1, WAIT).get(0);
    int answerMessage = api.chats.botMessage(ming.id(), 2).get("message_id").asInt();
    api.users.presses(mingChat, ming, answerMessage, "src:" + answerIdOf(answer) + ":1");

    Call shown = api.awaitSent(ming.id(), 2, WAIT).get(1);
    Citation c = index.ask(question).citations().get(0);
    CitedParagraph p = index.citedParagraph(c.issue(), c.start(), c.end()).orElseThrow();
    assertThat(shown.text()).isEqualTo("<b>《" + Html.escape(p.title()) + "》</b>\n\n株洲日报 · " + p.date() + " · 第"
        + p.paragraph() + "段\n文件：" + c.issue() + "\n\n" + Html.escape(p.before()) + "<b>" + Html.escape(c.quote())
        + "</b>" + Html.escape(p.after()));
    assertThat(shown.params().path("reply_parameters").path("message_id").asInt()).isEqualTo(answerMessage);
    Call ack = api.await(x -> x.method().equals("answercallbackquery"), 1, WAIT, "answerCallbackQuery").get(0);
    assertThat(ack.ok()).isTrue();
    assertThat(ack.params().has("text")).isFalse();
  }

  @Test
  void votesAreStoredWithAHashedUserAndExported() throws Exception {
    api.users.says(mingChat, ming, question);
    Call answer = api.awaitSent(ming.id(), 1, WAIT).get(0);
    long id = answerIdOf(answer);
    int message = api.chats.botMessage(ming.id(), 2).get("message_id").asInt();
    api.users.presses(mingChat, ming, message, "up:" + id + ":0");
    List<Call> acks = api.await(x -> x.method().equals("answercallbackquery"), 1, WAIT, "ack");
    assertThat(acks.get(0).params().path("text").asText()).isEqualTo("谢谢反馈！👍");
    api.users.presses(mingChat, ming, message, "down:" + id + ":0");
    acks = api.await(x -> x.method().equals("answercallbackquery"), 2, WAIT, "ack");
    assertThat(acks.get(1).params().path("text").asText()).isEqualTo("谢谢反馈，我们会改进。👎");

    StringWriter out = new StringWriter();
    try (FeedbackStore store = FeedbackStore.open(dataDir)) {
      assertThat(store.exportJsonLines(out)).isEqualTo(1);
      JsonNode line = api.json.readTree(out.toString());
      assertThat(line.path("vote").asText()).isEqualTo("down");
      assertThat(line.path("question").asText()).isEqualTo(question);
      Answer expected = index.ask(question);
      assertThat(line.path("answer").asText()).isEqualTo(AnswerText.of(expected));
      assertThat(line.path("citations").get(0).path("issue").asText()).isEqualTo(expected.citations().get(0).issue());
      assertThat(line.path("citations").get(0).path("quote").asText()).isEqualTo(expected.citations().get(0).quote());
      assertThat(line.path("user").asText()).hasSize(64).isEqualTo(store.userHash(ming.id()))
          .doesNotContain(Long.toString(ming.id()));
      assertThat(out.toString()).doesNotContain("\"501\"").doesNotContain(":501,");
    }
  }

  @Test
  void forgedOrForeignButtonsGetANoticeAndNothingElse() {
    Person hong = Person.user(502, "小红", "zh");
    Room group = Room.group(-1001, "读报群");
    api.users.says(group, ming, "@" + FakeBotApi.BOT_USERNAME + " " + question);
    Call answer = api.awaitSent(group.id(), 1, WAIT).get(0);
    long id = answerIdOf(answer);
    int message = answer.params().path("reply_parameters").path("message_id").asInt() + 1;
    assertThat(answer.text()).isEqualTo(TestBots.replyTo(index, question));

    api.users.presses(group, hong, message, "up:" + id + ":0");
    api.users.presses(group, hong, message, "src:" + (id + 1000) + ":1");
    api.users.presses(group, hong, message, "src:" + id + ":9");
    api.users.presses(group, hong, message, "src:" + id + ":1:extra");
    api.users.presses(group, hong, message, "x".repeat(80));
    api.users.presses(group, hong, message, "'; DROP TABLE answers; --");
    List<Call> acks = api.await(x -> x.method().equals("answercallbackquery"), 6, WAIT, "acks");
    assertThat(acks).extracting(a -> a.params().path("text").asText()).containsExactly(
        "只有提问的人可以评价这个回答。", "这个按钮已失效。", "这个按钮已失效。", "这个按钮已失效。", "这个按钮已失效。", "这个按钮已失效。");
    assertThat(acks).allMatch(Call::ok);

    api.users.presses(group, hong, message, "src:" + id + ":1");
    api.awaitSent(group.id(), 2, WAIT);
    assertThat(api.sent(group.id())).hasSize(2);
  }

  @Test
  void htmlInTheQuestionComesBackEscaped() {
    api.users.says(mingChat, ming, "<b>x</b>&");
    Call reply = api.awaitSent(ming.id(), 1, WAIT).get(0);
    assertThat(reply.text()).startsWith("Not found: <i>&lt;b&gt;x&lt;/b&gt;&amp;</i>\n\n").doesNotContain("<b>x</b>");
    assertThat(TelegramHtml.problem(reply.text())).isNull();
    assertThat(api.calls("sendmessage")).allMatch(Call::ok);
  }

  @Test
  void groupsGetAnswersOnlyWhenTheBotIsAddressed() {
    Room group = Room.group(-1002, "读报群");
    Person otherBot = new Person(777, "helper", null, true);
    List<String> q = TestBots.QUESTIONS;
    api.users.says(group, ming, q.get(0));
    api.users.says(group, ming, "/ask@some_other_bot " + q.get(0));
    api.users.says(group, otherBot, "@" + FakeBotApi.BOT_USERNAME + " " + q.get(0));
    api.users.sendsSticker(group, ming);
    api.users.says(group, ming, "@" + FakeBotApi.BOT_USERNAME.toUpperCase() + " " + q.get(0));
    List<Call> first = api.awaitSent(group.id(), 1, WAIT);
    int botMessage = first.get(0).params().path("reply_parameters").path("message_id").asInt() + 1;

    api.users.replies(group, ming, botMessage, q.get(1));
    api.users.says(group, ming, "/ask " + q.get(2));
    api.users.says(group, ming, "/ask@" + FakeBotApi.BOT_USERNAME + " " + q.get(3));
    List<Call> replies = api.awaitSent(group.id(), 4, WAIT);
    assertThat(replies).extracting(Call::text).containsExactly(TestBots.replyTo(index, q.get(0)),
        TestBots.replyTo(index, q.get(1)), TestBots.replyTo(index, q.get(2)), TestBots.replyTo(index, q.get(3)));
    List<Integer> repliedTo = replies.stream().map(c -> c.params().path("reply_parameters").path("message_id").asInt())
        .toList();
    assertThat(repliedTo.get(0)).isEqualTo(5);
    assertThat(repliedTo).doesNotHaveDuplicates().isSorted();
    assertThat(api.calls("sendmessage")).hasSize(4);
  }

  @Test
  void stickersEditsChannelPostsAndUploadsGetAHintOrNothing() {
    api.users.sendsSticker(mingChat, ming);
    api.users.edits(mingChat, ming, 1, "改过的问题");
    api.users.posts(new Room(-100777, "channel", "频道"), "频道消息");
    api.users.sendsDocument(mingChat, ming, "issue.txt", "## 标题\n\n正文。".getBytes());
    api.users.says(mingChat, ming, "/reindex");
    api.users.says(mingChat, ming, "/nosuchcommand");
    assertThat(api.awaitSent(ming.id(), 4, WAIT)).extracting(Call::text).containsExactly(
        "我只能回答文字提问。请直接发一句话问报纸上的内容，或发送 /help 查看用法。",
        "只有管理员可以上传报纸文件。请直接用文字提问。",
        "抱歉，只有管理员可以重新读取报纸。",
        "没有这个命令。发送 /help 查看我能做什么。");
    assertThat(api.calls("sendmessage")).hasSize(4);
    assertThat(api.calls("getfile")).isEmpty();
  }

  @Test
  void englishUsersGetEnglishAndLongQuestionsAPoliteNo() {
    Person amy = Person.user(503, "Amy", "en-GB");
    Room amyChat = Room.privateWith(amy);
    api.users.says(amyChat, amy, "/help");
    api.users.says(amyChat, amy, "How many members does the Lusong private enterprise association have?");
    api.users.says(amyChat, amy, "x".repeat(4096));
    api.users.says(amyChat, amy, "😀😀😀");
    List<String> replies = api.awaitSent(amy.id(), 4, WAIT).stream().map(Call::text).toList();
    assertThat(replies.get(0)).startsWith("<b>How to use me</b>");
    assertThat(replies.get(1)).containsAnyOf("Sources:", "Not found:");
    assertThat(replies.get(2)).isEqualTo("That question is too long (4096 characters). Please keep it under 1000 "
        + "characters.");
    assertThat(replies.get(3)).isEqualTo(Html.escape(AnswerText.of(index.ask("😀😀😀"))));
  }

  static List<String> commands(Call setMyCommands) {
    List<String> names = new ArrayList<>();
    setMyCommands.params().path("commands").forEach(c -> names.add(c.path("command").asText()));
    return names;
  }

  /** The answer number the 👍 button of a reply carries. */
  static long answerIdOf(Call reply) {
    for (JsonNode row : reply.params().path("reply_markup").path("inline_keyboard")) {
      for (JsonNode b : row) {
        String data = b.path("callback_data").asText();
        if (data.startsWith("up:")) {
          return Long.parseLong(data.split(":")[1]);
        }
      }
    }
    throw new AssertionError("no 👍 button in " + reply.params());
  }
}
