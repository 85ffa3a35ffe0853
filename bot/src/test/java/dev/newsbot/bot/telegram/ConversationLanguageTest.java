package dev.newsbot.bot.telegram;

import static dev.newsbot.bot.telegram.TestBots.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reply of a conversation in one language: the user's Telegram app's until they ask, then
 * their questions'. A Chinese reader whose app is in English gets the usage and the hints in
 * Chinese once they have asked in Chinese, and the other way round.
 */
class ConversationLanguageTest {

  static final String USAGE_ZH = "用法：/ask 你的问题，例如 /ask 这次下雪市区积雪有多厚？";
  static final String TEXT_ONLY_ZH = "我只能回答文字提问。请直接发一句话问报纸上的内容，或发送 /help 查看用法。";
  static final String TEXT_ONLY_EN = "I can only answer questions sent as text. Ask about the news in a sentence, "
      + "or send /help.";
  static final String USAGE_EN = "Usage: /ask your question, for example /ask How thick was the snow in the city?";

  @Test
  void aChineseReaderWithAnEnglishAppGetsChineseHintsOnceTheyHaveAsked(@TempDir Path dir) throws IOException {
    Person lei = Person.user(5101, "李雷", "en");
    Room chat = Room.privateWith(lei);
    try (AdminDesk desk = new AdminDesk(dir, 5_000_000)) {
      assertThat(says(desk.api, chat, lei, null)).isEqualTo(TEXT_ONLY_EN);

      assertThat(says(desk.api, chat, lei, "株洲下雪积雪有多厚？")).isNotEqualTo(TEXT_ONLY_EN);
      assertThat(says(desk.api, chat, lei, "   ")).isEqualTo(USAGE_ZH);
      assertThat(says(desk.api, chat, lei, null)).isEqualTo(TEXT_ONLY_ZH);
    }
  }

  @Test
  void anEnglishReaderWithAChineseAppGetsEnglishHintsOnceTheyHaveAsked(@TempDir Path dir) throws IOException {
    Person amy = Person.user(5102, "Amy", "zh-hans");
    Room chat = Room.privateWith(amy);
    try (AdminDesk desk = new AdminDesk(dir, 5_000_000)) {
      assertThat(says(desk.api, chat, amy, "   ")).isEqualTo(USAGE_ZH);

      assertThat(says(desk.api, chat, amy, "How thick was the snow in Zhuzhou?")).isNotEqualTo(USAGE_ZH);
      assertThat(says(desk.api, chat, amy, "   ")).isEqualTo(USAGE_EN);
      assertThat(says(desk.api, chat, amy, null)).isEqualTo(TEXT_ONLY_EN);
    }
  }

  /** Sends {@code text} (a sticker when null); returns the bot's next message to the chat. */
  private static String says(FakeBotApi api, Room chat, Person from, String text) {
    int before = api.sent(chat.id()).size();
    if (text == null) {
      api.users.sendsSticker(chat, from);
    } else {
      api.users.says(chat, from, text);
    }
    return api.awaitSent(chat.id(), before + 1, WAIT).get(before).text();
  }
}
