package dev.newsbot.bot.telegram;

import static dev.newsbot.bot.telegram.TestBots.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.bot.conversation.Html;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.pdf.AcceptancePaper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance e-paper as an admin sends it: a PDF document through Telegram (the real bot and
 * client, the fake Bot API, the real model), then the questions about it asked by a reader in
 * Telegram. Each answer must hold the fact, and its sources name the page-1 or page-2 headline,
 * the masthead's date (not inferred) and the page.
 */
class EpaperUploadIT {

  @TempDir
  Path dir;

  private static String flat(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void aPdfUploadedThroughTelegramAnswersItsReadersWithHeadlineDateAndPage() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    try (NewsIndex index = NewsIndex.open(data, EmbeddingChoice.DEFAULT); FakeBotApi api = new FakeBotApi()) {
      TelegramSettings settings = TestBots.settings(api, data).withQuestionsPerMinute(100);
      TelegramBot bot = TelegramBot.start(settings, index, new IssueIntake(index, dir.resolve("seeds"),
          settings.uploadMaxBytes()), TestBots.FAST);
      try {
        Person admin = Person.user(TestBots.ADMIN, "编辑", "zh-hans");
        api.users.sendsDocument(Room.privateWith(admin), admin, "epaper-frontpages.pdf", AcceptancePaper.pdf());
        String report = api.awaitSent(admin.id(), 2, WAIT).get(1).text();
        assertThat(report).startsWith("<b>索引报告</b>\n\n新增（1）：epaper-frontpages.pdf\n");

        Person reader = Person.user(9_300_001L, "读者", "zh-hans");
        List<String> failed = new ArrayList<>();
        int n = 0;
        for (AcceptancePaper.Asked q : AcceptancePaper.QUESTIONS) {
          api.users.says(Room.privateWith(reader), reader, q.question());
          String reply = api.awaitSent(reader.id(), ++n, WAIT).get(n - 1).text();
          String source = "《" + Html.escape(q.headline()) + "》，株洲日报，" + AcceptancePaper.DATE + "，第" + q.page() + "版";
          if (!flat(reply).contains(flat(Html.escape(q.answer()))) || !reply.contains(source)) {
            failed.add(q.question() + " → " + reply);
          }
        }
        assertThat(AcceptancePaper.QUESTIONS).hasSize(15);
        assertThat(failed).as("questions not answered from the right article, date and page").hasSizeLessThanOrEqualTo(2);

        int abstained = 0;
        for (String q : AcceptancePaper.NEAR_MISSES) {
          api.users.says(Room.privateWith(reader), reader, q);
          if (api.awaitSent(reader.id(), ++n, WAIT).get(n - 1).text().startsWith("没有找到：")) {
            abstained++;
          }
        }
        int english = 0;
        for (AcceptancePaper.English q : AcceptancePaper.ENGLISH) {
          api.users.says(Room.privateWith(reader), reader, q.question());
          String reply = api.awaitSent(reader.id(), ++n, WAIT).get(n - 1).text();
          if (flat(reply).contains(flat(Html.escape(q.answer()))) && reply.contains("《" + Html.escape(q.headline()) + "》")) {
            english++;
          }
        }
        System.out.println("e-paper through Telegram: " + (AcceptancePaper.QUESTIONS.size() - failed.size())
            + "/15 answered from the right article, date and page, " + abstained + "/3 near misses abstained, "
            + english + "/2 English answered " + failed);
        assertThat(english).as("English questions answered").isGreaterThanOrEqualTo(1);
        assertThat(abstained).as("near misses abstaining").isGreaterThanOrEqualTo(2);
      } finally {
        bot.close();
      }
    }
  }
}
