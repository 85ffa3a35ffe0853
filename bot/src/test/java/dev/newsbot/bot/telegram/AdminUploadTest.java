package dev.newsbot.bot.telegram;

import static dev.newsbot.bot.telegram.AdminDesk.A;
import static dev.newsbot.bot.telegram.AdminDesk.ABOUT_C;
import static dev.newsbot.bot.telegram.AdminDesk.C;
import static dev.newsbot.bot.telegram.TestBots.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.LogCapture;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.answer.Answer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admins add issues by sending them to the bot: through the fake Bot API server, into a real index. */
class AdminUploadTest {

  static final long LIMIT = 100_000;

  @TempDir
  Path dir;
  AdminDesk desk;

  @BeforeEach
  void start() throws IOException {
    desk = new AdminDesk(dir, LIMIT);
  }

  @AfterEach
  void stop() {
    desk.close();
  }

  @Test
  void aGb18030IssueIsFetchedFromTheConfiguredServerIndexedListedAndAnswered() throws IOException {
    byte[] gbk = AdminDesk.seedText(C).getBytes(Charset.forName("GB18030"));
    String report = desk.adminAdds("gbk-issue.txt", gbk);

    Call download = desk.api.await(c -> c.method().equals("file download"), 1, WAIT, "download").get(0);
    assertThat(download.params().path("path").asText())
        .isEqualTo("/file/bot" + FakeBotApi.BOT_ID + ":<secret>/documents/file_1");
    assertThat(download.ok()).isTrue();
    assertThat(Files.readAllBytes(desk.seeds.resolve("gbk-issue.txt"))).isEqualTo(gbk);

    IssueInfo added = desk.issue("gbk-issue.txt");
    List<LocalDate> dates = desk.index.issues().stream().map(IssueInfo::date).filter(d -> d != null).sorted().toList();
    assertThat(report).startsWith("<b>索引报告</b>\n\n新增（1）：gbk-issue.txt\n文章 +" + added.articles()
        + " −0，段落 +" + added.chunks() + " −0，").contains(" 秒。\n索引现在覆盖 " + dates.get(0) + " 至 "
        + dates.get(dates.size() - 1) + "。\n\n");
    assertThat(added.date()).isNull();
    assertThat(report).endsWith("\n\n没有找到 gbk-issue.txt 的日期，它会显示为“日期不详”。要指定日期："
        + "在服务器的报纸文件夹里 gbk-issue.txt 旁边放一个 gbk-issue.properties 文件，内容写 date=YYYY-MM-DD，再发送 /reindex。"
        + "以后发送前把文件命名为 株洲日报_YYYY-MM-DD.txt，日期就不用推断了。");

    assertThat(desk.adminSays("/sources")).contains("<b>日期不详 株洲日报</b>\n" + added.articles()
        + " 篇文章 · 文件 gbk-issue.txt");
    assertCitedFrom("gbk-issue.txt");
  }

  @Test
  void aUtf16IssueIsAcceptedAndAnswered() throws IOException {
    byte[] utf16 = ("\uFEFF" + AdminDesk.seedText(C)).getBytes(StandardCharsets.UTF_16LE);
    assertThat(desk.adminAdds("utf16.txt", utf16)).startsWith("<b>索引报告</b>\n\n新增（1）：utf16.txt\n");
    assertThat(desk.index.issueText("utf16.txt")).contains(AdminDesk.seedText(C).replace("\r\n", "\n"));
    assertCitedFrom("utf16.txt");
  }

  @Test
  void aDateInTheFileNameNeedsNoHintAndTheHintForAnInferredDateWorks() throws IOException {
    String report = desk.adminAdds("株洲日报_2024-01-09.txt", AdminDesk.seed(C));
    assertThat(report).startsWith("<b>索引报告</b>\n\n新增（1）：株洲日报_2024-01-09.txt\n").doesNotContain("日期");
    assertThat(desk.issue("株洲日报_2024-01-09.txt").date()).hasToString("2024-01-09");

    Person amy = Person.user(TestBots.ADMIN, "Amy", "en");
    int before = desk.api.sent(amy.id()).size();
    desk.api.users.sendsDocument(Room.privateWith(amy), amy, "a2.txt", (AdminDesk.seedText(A)
        + "\n\n# 更正\n\n本报一文中的数字有误，特此更正，并向读者致歉。\n")
        .getBytes(StandardCharsets.UTF_8));
    String amyReport = desk.api.awaitSent(amy.id(), before + 2, WAIT).get(before + 1).text();
    IssueInfo a2 = desk.issue("a2.txt");
    assertThat(a2.dateInferred()).isTrue();
    assertThat(a2.date()).isNotNull();
    assertThat(amyReport).startsWith("<b>Indexing report</b>\n\nAdded (1): a2.txt\n")
        .endsWith("\n\nThe date of a2.txt, " + a2.date()
        + ", was inferred from the text, not given with the file. To give it: put a file a2.properties holding "
        + "date=YYYY-MM-DD beside a2.txt in the issues folder on the server, then send /reindex. Name the next files "
        + "株洲日报_YYYY-MM-DD.txt before sending them and their date need not be guessed.");

    Files.writeString(desk.seeds.resolve("a2.properties"), "date=2024-01-02\n");
    assertThat(reportOf(desk.adminSays("/reindex"))).startsWith("<b>索引报告</b>\n\n改动（1）：a2.txt\n");
    assertThat(desk.issue("a2.txt").date()).hasToString("2024-01-02");
    assertThat(desk.issue("a2.txt").dateInferred()).isFalse();
    assertThat(desk.adminSays("/sources")).contains("<b>2024-01-02 株洲日报</b>\n");
  }

  @Test
  void refusedFilesGetTheirReasonAndNothingIsKept() throws IOException {
    byte[] pdf = "%PDF-1.7\n\u0000\u0001\u0002\u0003binary\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(desk.adminSends("issue.pdf", pdf)).isEqualTo("未收录：issue.pdf is not a readable PDF (it is damaged or"
        + " cut short): send the e-paper PDF as the publisher exports it, or the issue's text as a .txt file");
    assertThat(desk.adminSends("empty.txt", new byte[0]))
        .isEqualTo("未收录：empty.txt is empty: send the issue's text as a UTF-8 .txt file");
    assertThat(desk.adminSends("noise.txt", "。。。\n\n，，".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("未收录：noise.txt holds no article newsbot can read: send the issue's text with headlines "
            + "and paragraphs separated by blank lines");
    int downloads = desk.api.calls("file download").size();
    assertThat(desk.adminSends("big.txt", new byte[(int) LIMIT + 200_000]))
        .isEqualTo("未收录：big.txt 有 300 KB，超过了 100 KB 的上限：请每个文件只放一期报纸。");
    assertThat(desk.api.calls("file download")).hasSize(downloads);
    assertThat(desk.api.calls("getfile")).hasSize(downloads);

    try (Stream<Path> kept = Files.list(desk.seeds)) {
      assertThat(kept.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(A, AdminDesk.B, AdminDesk.D);
    }
    assertThat(desk.index.issues()).hasSize(3);
    assertThat(desk.api.calls("sendmessage")).allMatch(Call::ok);
  }

  @Test
  void aPathInTheFileNameIsDroppedAndTheSameFileTwiceIsAlreadyIndexed() throws IOException {
    assertThat(desk.adminAdds("../../x.txt", AdminDesk.seed(C))).startsWith("<b>索引报告</b>\n\n新增（1）：x.txt\n");
    assertThat(desk.seeds.resolve("x.txt")).exists();
    assertThat(dir.resolve("x.txt")).doesNotExist();
    assertThat(dir.getParent().resolve("x.txt")).doesNotExist();

    IssueInfo x = desk.issue("x.txt");
    assertThat(x.date()).isNull();
    assertThat(desk.adminSends("again.txt", AdminDesk.seed(C))).isEqualTo("已经收录过了（文件 x.txt，日期不详）。");
    IssueInfo a = desk.issue(A);
    Person amy = Person.user(TestBots.ADMIN, "Amy", "en");
    int before = desk.api.sent(amy.id()).size();
    desk.api.users.sendsDocument(Room.privateWith(amy), amy, A, AdminDesk.seed(A));
    assertThat(desk.api.awaitSent(amy.id(), before + 1, WAIT).get(before).text())
        .isEqualTo("Already indexed (issue " + A + ", date " + a.date() + " (inferred)).");
    assertThat(desk.seeds.resolve("again.txt")).doesNotExist();
    assertThat(desk.index.issues()).hasSize(4);
  }

  @Test
  void othersCannotUploadOrReindexAndOnlyTheirIdIsLogged() throws IOException {
    Person ming = Person.user(501, "小明", "zh");
    Room mingChat = Room.privateWith(ming);
    try (LogCapture log = new LogCapture()) {
      byte[] secret = "## 绝密标题\n\n不该出现在日志里的正文。".getBytes(StandardCharsets.UTF_8);
      desk.api.users.sendsDocument(mingChat, ming, "秘密文件.txt", secret);
      desk.api.users.says(mingChat, ming, "/reindex prune");
      desk.api.users.says(mingChat, ming, "/stats");
      assertThat(desk.api.awaitSent(ming.id(), 3, WAIT)).extracting(Call::text).containsExactly(
          "只有管理员可以上传报纸文件。请直接用文字提问。", "抱歉，只有管理员可以重新读取报纸。", "抱歉，只有管理员可以查看统计。");
      assertThat(log.text()).contains("document from user 501 refused: not an admin")
          .contains("/reindex refused for user 501: not an admin").contains("/stats refused for user 501: not an admin")
          .doesNotContain("秘密").doesNotContain("绝密").doesNotContain("正文").doesNotContain("小明");
    }
    assertThat(desk.api.calls("getfile")).isEmpty();
    assertThat(desk.index.issues()).hasSize(3);
  }

  /** A question only issue C answers gets a cited answer; its source button names the uploaded file. */
  private void assertCitedFrom(String file) {
    Answer expected = desk.index.ask(ABOUT_C);
    assertThat(expected.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.issue()).isEqualTo(file));
    Person ming = Person.user(501, "小明", "zh");
    Room mingChat = Room.privateWith(ming);
    desk.api.users.says(mingChat, ming, ABOUT_C);
    Call reply = desk.api.awaitSent(ming.id(), 1, WAIT).get(0);
    assertThat(reply.text()).isEqualTo(TestBots.replyTo(desk.index, ABOUT_C));
    desk.api.users.presses(mingChat, ming, 2, "src:" + TelegramBotIT.answerIdOf(reply) + ":1");
    assertThat(desk.api.awaitSent(ming.id(), 2, WAIT).get(1).text()).contains("\n文件：" + file + "\n");
  }

  /** The report that follows a progress message. */
  private String reportOf(String progressMessage) {
    assertThat(progressMessage).startsWith("<b>⏳ 正在重新读取报纸文件夹</b>\n读取文件 0/");
    int n = desk.api.sent(desk.admin.id()).size();
    return desk.api.awaitSent(desk.admin.id(), n + 1, WAIT).get(n).text();
  }
}
