package dev.newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.conversation.SlashCommand;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SlashCommandTest {

  @Test
  void readsNameTargetAndArguments() {
    assertThat(SlashCommand.parse("/ask@NewsBot_bot  雪有多厚？ ")).contains(new SlashCommand("ask", "NewsBot_bot",
        "雪有多厚？"));
    assertThat(SlashCommand.parse("/Start")).contains(new SlashCommand("start", null, ""));
    assertThat(SlashCommand.parse("/ask\n第一行\n第二行")).contains(new SlashCommand("ask", null, "第一行\n第二行"));
  }

  @Test
  void isNotACommandUnlessItStartsWithOne() {
    assertThat(SlashCommand.parse("雪有多厚？/ask")).isEmpty();
    assertThat(SlashCommand.parse("/ask的意思")).isEmpty();
    assertThat(SlashCommand.parse("/")).isEmpty();
    assertThat(SlashCommand.parse("//ask")).isEmpty();
  }

  @Test
  void namesThisBotOrNone() {
    assertThat(new SlashCommand("ask", null, "").isFor("newsbot")).isTrue();
    assertThat(new SlashCommand("ask", "NEWSBOT", "").isFor("newsbot")).isTrue();
    assertThat(new SlashCommand("ask", "otherbot", "").isFor("newsbot")).isFalse();
  }

  @Test
  void aMentionIsTheWholeUsername() {
    Pattern p = UpdateRouter.mentionOf("newsbot");
    assertThat(p.matcher("@newsbot 你好").find()).isTrue();
    assertThat(p.matcher("你好，@NewsBot。").find()).isTrue();
    assertThat(p.matcher("@newsbot_fan 你好").find()).isFalse();
    assertThat(p.matcher("mail@newsbot").find()).isFalse();
    assertThat(p.matcher("@newsbot，雪有多厚？").replaceAll(" ")).isEqualTo(" ，雪有多厚？");
  }
}
