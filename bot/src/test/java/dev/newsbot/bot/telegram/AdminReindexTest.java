package dev.newsbot.bot.telegram;

import dev.newsbot.bot.admin.AdminText;
import static dev.newsbot.bot.telegram.AdminDesk.A;
import static dev.newsbot.bot.telegram.AdminDesk.ABOUT_C;
import static dev.newsbot.bot.telegram.AdminDesk.B;
import static dev.newsbot.bot.telegram.AdminDesk.C;
import static dev.newsbot.bot.telegram.AdminDesk.D;
import static dev.newsbot.bot.telegram.TestBots.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.bot.testkit.TelegramHtml;
import dev.newsbot.retrieval.IssueInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /reindex} and {@code /stats} from Telegram, and what the bot does while an indexing run is under way. */
class AdminReindexTest {

  static final String BUSY = "正在索引中。请等这次的报告出来后再试。";

  @TempDir
  Path dir;
  AdminDesk desk;
  FakeBotApi api;
  final Person ming = Person.user(501, "小明", "zh");
  final Room mingChat = Room.privateWith(ming);

  @BeforeEach
  void start() throws IOException {
    desk = new AdminDesk(dir, 5_000_000);
    api = desk.api;
  }

  @AfterEach
  void stop() {
    desk.close();
  }

  @Test
  void progressIsOneMessageEditedInPlaceWhileQuestionsAreAnsweredAndOtherRunsRefused() throws Exception {
    Files.copy(SeedIndex.SEEDS.resolve(C), desk.seeds.resolve(C));
    desk.embedder.hold();
    api.users.says(desk.adminChat, desk.admin, "/reindex");
    assertThat(api.awaitSent(desk.admin.id(), 1, WAIT).get(0).text())
        .isEqualTo("<b>⏳ 正在重新读取报纸文件夹</b>\n读取文件 0/4 · 0 秒");
    desk.embedder.awaitHeld(WAIT);
    api.await(c -> c.method().equals("editmessagetext") && c.text().contains("计算段落向量 0/"), 1, WAIT, "progress");

    String oldAnswer = TestBots.replyTo(desk.index, ABOUT_C);
    assertThat(desk.index.ask(ABOUT_C).citations()).noneMatch(c -> c.issue().equals(C));
    api.users.says(mingChat, ming, ABOUT_C);
    assertThat(api.awaitSent(ming.id(), 1, WAIT).get(0).text()).isEqualTo(oldAnswer);
    assertThat(desk.adminSays("/reindex")).isEqualTo(BUSY);
    assertThat(desk.adminSends("new.txt", "## 标题\n\n株洲日报讯 正文。".getBytes())).isEqualTo(BUSY);
    assertThat(desk.adminSays("/stats")).endsWith("\n正在索引中。");
    assertThat(desk.index.issues()).extracting(IssueInfo::issue).containsExactlyInAnyOrder(A, B, D);

    desk.embedder.release();
    List<Call> sent = api.awaitSent(desk.admin.id(), 5, WAIT);
    IssueInfo c = desk.issue(C);
    assertThat(sent.get(4).text()).startsWith("<b>索引报告</b>\n\n新增（1）：" + C + "\n文章 +" + c.articles()
        + " −0，段落 +" + c.chunks() + " −0，");
    assertThat(sent).filteredOn(s -> s.text().contains("⏳")).hasSize(1);

    List<Call> edits = api.calls("editmessagetext");
    assertThat(edits).allMatch(Call::ok).allMatch(e -> e.chatId() == desk.admin.id()
        && e.params().path("message_id").asInt() == 2);
    Call last = edits.get(edits.size() - 1);
    assertThat(last.text()).startsWith("<b>✅ 正在重新读取报纸文件夹</b>\n完成，用时 ").endsWith(" 秒。");
    assertThat(last.atNanos()).isLessThan(sent.get(4).atNanos());
    for (int i = 1; i < edits.size() - 1; i++) {
      assertThat(edits.get(i).atNanos() - edits.get(i - 1).atNanos()).as("time between edits, ns")
          .isGreaterThanOrEqualTo(TestBots.FAST.progressEvery().toNanos() * 3 / 4);
    }
    assertThat(api.chats.botMessage(desk.admin.id(), 2).path("text").asText())
        .isEqualTo(TelegramHtml.visible(last.text()));

    assertThat(desk.adminSays("/sources")).contains("文件 " + C);
    api.users.says(mingChat, ming, ABOUT_C);
    assertThat(api.awaitSent(ming.id(), 2, WAIT).get(1).text()).isEqualTo(TestBots.replyTo(desk.index, ABOUT_C))
        .isNotEqualTo(oldAnswer);
    assertThat(desk.index.ask(ABOUT_C).citations()).isNotEmpty().allMatch(x -> x.issue().equals(C));
  }

  @Test
  void anIssueWhoseFileIsGoneIsRemovedOnlyWithPrune() throws IOException {
    Files.delete(desk.seeds.resolve(B));
    assertThat(desk.adminSays("/reindex now")).isEqualTo("用法：/reindex 读取报纸文件夹里新增和改动的文件；"
        + "/reindex prune 同时移除文件已不在文件夹里的报纸。");
    String kept = reportAfterProgress("/reindex");
    // A Chinese admin reads the whole report in Chinese, not "Nothing changed: 2 issue(s) already indexed."
    assertThat(kept).startsWith("<b>索引报告</b>\n\n没有变化：2 期报纸已经收录。\n文件已不在但仍保留"
        + "（用 /reindex prune 或 index --prune 移除）：" + B + "\n文章 +0 −0，段落 +0 −0，用时 ");
    assertThat(desk.index.issues()).extracting(IssueInfo::issue).containsExactlyInAnyOrder(A, B, D);

    IssueInfo b = desk.issue(B);
    String pruned = reportAfterProgress("/reindex prune");
    assertThat(pruned).startsWith("<b>索引报告</b>\n\n移除（1）：" + B + "\n文章 +0 −" + b.articles()
        + "，段落 +0 −" + b.chunks() + "，");
    assertThat(desk.index.issues()).extracting(IssueInfo::issue).containsExactlyInAnyOrder(A, D);
    assertThat(desk.adminSays("/sources")).startsWith("<b>共 2 期，").doesNotContain(B);
  }

  @Test
  void statsCountAnswersAbstentionsVotesAndTheIndex() throws IOException {
    String answered = TestBots.answerable(desk.index);
    String other = "火星上今天下雨了吗？";
    api.users.says(mingChat, ming, answered);
    Call answer = api.awaitSent(ming.id(), 1, WAIT).get(0);
    api.users.says(mingChat, ming, other);
    api.awaitSent(ming.id(), 2, WAIT);
    api.users.presses(mingChat, ming, 2, "up:" + TelegramBotIT.answerIdOf(answer) + ":0");
    api.await(x -> x.method().equals("answercallbackquery"), 1, WAIT, "vote");

    int abstentions = desk.index.ask(other).abstained() ? 1 : 0;
    List<IssueInfo> issues = desk.index.issues();
    String index = issues.size() + " issue(s), " + issues.stream().mapToInt(IssueInfo::articles).sum() + " articles, "
        + issues.stream().mapToInt(IssueInfo::chunks).sum() + " passages; newsbot.db "
        + AdminText.size(desk.index.state().bytes());
    Person amy = Person.user(TestBots.ADMIN, "Amy", "en-US");
    api.users.says(Room.privateWith(amy), amy, "/stats");
    assertThat(api.awaitSent(amy.id(), 1, WAIT).get(0).text()).isEqualTo("<b>Statistics</b>\n\nQuestions answered: 2, "
        + "of which " + abstentions + " not found in the paper\nFeedback: 👍 1 · 👎 0\nIndex: " + index
        + "\nFollowing: 0 readers, 0 topics; alerts sent 0, pending 0");
    assertThat(desk.index.state().bytes()).as("the file, its log and its term index")
        .isGreaterThan(Files.size(desk.data.resolve("newsbot.db")));
    assertThat(desk.adminSays("/stats")).startsWith("<b>统计</b>\n\n已回答问题：2 个，其中 " + abstentions + " 个报纸上没有找到\n"
        + "反馈：👍 1 · 👎 0\n索引：3 期报纸，");
  }

  /** Sends a command that starts a run; returns the report that follows its progress message. */
  private String reportAfterProgress(String command) {
    int before = api.sent(desk.admin.id()).size();
    api.users.says(desk.adminChat, desk.admin, command);
    List<Call> sent = api.awaitSent(desk.admin.id(), before + 2, WAIT);
    assertThat(sent.get(before).text()).startsWith("<b>⏳ 正在重新读取报纸文件夹");
    return sent.get(before + 1).text();
  }
}
