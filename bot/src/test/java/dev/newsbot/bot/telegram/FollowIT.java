package dev.newsbot.bot.telegram;

import static dev.newsbot.bot.telegram.TestBots.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.conversation.Html;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.retrieval.answer.Answer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Following topics end to end: the real bot and telegrambots client against the fake Bot API,
 * an admin uploading the new issue through Telegram, alerts sent from bot.db's journal; and
 * /latest and time words with the bot's clock fixed.
 */
class FollowIT {

  /** Issue C reports on it (the retrieval module decides; checked in {@link #startTheDesk}). */
  static final String TOPIC = "母亲健康快车";
  static final String ELSEWHERE = "火星基地建设";
  /** The day of asking: 2024-03-10, 10:00 in Beijing, the day after issue B's. */
  static final Instant NOW = Instant.parse("2024-03-10T02:00:00Z");

  @TempDir
  Path dir;
  AdminDesk desk;

  final Person ming = Person.user(601, "小明", "zh-hans");
  final Person li = Person.user(602, "小李", "zh-hans");
  final Person mei = Person.user(603, "美美", "zh-hant");

  @BeforeEach
  void startTheDesk() throws Exception {
    Tuning tuning = TestBots.FAST.withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withAlertLook(Duration.ofMillis(200));
    desk = new AdminDesk(dir, 5_000_000, tuning);
  }

  @AfterEach
  void close() {
    desk.close();
  }

  private String says(Person p, String text) {
    int before = desk.api.sent(p.id()).size();
    desk.api.users.says(Room.privateWith(p), p, text);
    return desk.api.awaitSent(p.id(), before + 1, WAIT).get(before).text();
  }

  /** Waits until the alert sender has looked at the journal a few times more. */
  private static void settle() throws InterruptedException {
    Thread.sleep(1_500);
  }

  @Test
  void aFollowerGetsOneAlertOfANewIssueWithAWorkingCitationAndNoRepeatAfterARestart() throws Exception {
    assertThat(says(ming, "/follow " + TOPIC)).isEqualTo("已关注“" + TOPIC + "”。新的一期报纸有相关报道时，我会发消息告诉你。");
    assertThat(says(li, "关注" + ELSEWHERE)).isEqualTo("已关注“" + ELSEWHERE + "”。新的一期报纸有相关报道时，我会发消息告诉你。");
    assertThat(says(ming, "/following")).isEqualTo("<b>你关注的话题（1/10）：</b>\n\n• " + TOPIC);
    desk.adminAdds(AdminDesk.C, AdminDesk.seed(AdminDesk.C));
    assertThat(desk.index.alert(TOPIC, AdminDesk.C)).as("issue C reports on the topic").isPresent();
    List<Call> toMing = desk.api.awaitSent(ming.id(), 3, WAIT);
    Answer about = desk.index.alert(TOPIC, AdminDesk.C).orElseThrow();
    Call alert = toMing.get(2);
    assertThat(alert.text()).startsWith("你关注的“" + TOPIC + "”有新报道：\n\n<b>《" + Html.escape(about.citations().get(0).title())
        + "》</b>").contains("“" + Html.escape(about.citations().get(0).quote()) + "”[1]");
    String button = alert.params().path("reply_markup").path("inline_keyboard").get(0).get(0).path("callback_data")
        .asText();
    assertThat(button).startsWith("src:").endsWith(":1");

    desk.api.users.presses(Room.privateWith(ming), ming, alert.messageId(), button);
    String paragraph = desk.api.awaitSent(ming.id(), 4, WAIT).get(3).text();
    assertThat(paragraph).startsWith("<b>《" + Html.escape(about.citations().get(0).title()) + "》</b>")
        .contains("<b>" + Html.escape(about.citations().get(0).quote()) + "</b>");

    settle();
    assertThat(desk.api.sent(li.id())).as("no alert for a topic the issue does not report on").hasSize(1);
    desk.restartBot();
    settle();
    assertThat(desk.api.sent(ming.id())).as("nothing twice after a restart").hasSize(4);
    assertThat(desk.adminSays("/stats")).contains("关注：2 位读者，2 个话题；提醒已发 1 条，待发 0 条");
  }

  @Test
  void fortyFollowersAreToldWithinTelegramsLimitsAndOneWhoBlockedTheBotIsDropped() throws Exception {
    List<Person> followers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Person p = Person.user(700 + i, "读者" + i, "zh-hans");
      followers.add(p);
      says(p, "/follow " + TOPIC);
    }
    Person blocker = followers.get(7);
    desk.api.blocked.add(blocker.id());
    desk.api.rateLimit("sendmessage", 2, 1);
    desk.adminAdds(AdminDesk.C, AdminDesk.seed(AdminDesk.C));
    List<Call> alerts = desk.api.await(c -> c.method().equals("sendmessage") && c.ok()
        && c.text().startsWith("你关注的"), 39, Duration.ofSeconds(60), "39 alerts");
    assertThat(alerts).extracting(Call::chatId).doesNotHaveDuplicates().doesNotContain(blocker.id());
    for (int i = 0; i < alerts.size(); i++) {
      int inASecond = 0;
      for (Call later : alerts.subList(i, alerts.size())) {
        if (later.atNanos() - alerts.get(i).atNanos() < 1_000_000_000L) {
          inASecond++;
        }
      }
      assertThat(inASecond).as("alerts in the second after alert " + i).isLessThanOrEqualTo(30);
    }
    assertThat(desk.api.calls("sendmessage")).filteredOn(c -> c.status() == 429).hasSize(2);
    settle();
    assertThat(desk.adminSays("/stats")).contains("关注：39 位读者，1 个话题；提醒已发 39 条，待发 0 条");
  }

  @Test
  void latestListsTheNewestIssueAndTimeWordsReadTheFixedClock() throws Exception {
    desk.adminAdds(AdminDesk.C, AdminDesk.seed(AdminDesk.C));
    var latest = desk.index.latest().orElseThrow();
    String reply = says(ming, "/latest");
    assertThat(reply).startsWith("<b>" + dayOf(latest) + " " + latest.issue().paper() + "，共 "
        + latest.articles().size() + " 篇：</b>\n\n1. " + Html.escape(latest.articles().get(0).title()) + "\n");
    assertThat(says(ming, "最新一期有什么")).isEqualTo(reply);

    assertThat(says(ming, "昨天说的书画等级考试哪天开始报名")).startsWith("据《书画等级考试今日开始报名》（2024-03-09");
    assertThat(says(ming, "上个月说的书画等级考试哪天开始报名")).startsWith("没有找到：")
        .contains("报纸已收录的各期没有报道这一内容。");
    assertThat(says(mei, "/follow " + TOPIC)).isEqualTo("已關注“" + TOPIC + "”。新的一期報紙有相關報道時，我會發消息告訴你。");
  }

  private static String dayOf(dev.newsbot.retrieval.IssueHeadlines latest) {
    return dev.newsbot.bot.messages.Messages.CHINESE.day(latest.issue().date(), latest.issue().dateInferred());
  }
}
