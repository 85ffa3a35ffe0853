package dev.newsbot.bot.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two catalogs hold the same messages, with the same placeholders, and fill them once. */
class MessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

  @Test
  void bothCatalogsHoldTheSameKeysWithTheSamePlaceholders() {
    Set<String> keys = new TreeSet<>(Messages.CHINESE.keys());
    assertThat(keys).hasSizeGreaterThan(80).isEqualTo(new TreeSet<>(Messages.ENGLISH.keys()));
    for (String key : keys) {
      assertThat(placeholders(Messages.ENGLISH.text(key))).as(key).isEqualTo(placeholders(Messages.CHINESE.text(key)));
    }
  }

  @Test
  void placeholdersAreFilledInOnePassSoThatAnArgumentStaysAsItIs() {
    assertThat(Messages.ENGLISH.text("admin.tooBig", "{1}.txt", "3.0 MB", "2.0 MB"))
        .isEqualTo("{1}.txt is 3.0 MB, over the 2.0 MB limit: send one issue per file.");
    assertThat(Messages.CHINESE.text("question.tooLong", 501, 500))
        .isEqualTo("这个问题太长了（501 个字）。请把问题缩短到 500 个字以内再发。");
  }

  @Test
  void leadingSpacesAndLinesSurviveTheCatalog() {
    assertThat(Messages.ENGLISH.inferred()).isEqualTo(" (inferred)");
    assertThat(Messages.CHINESE.inferred()).isEqualTo("（推断）");
    assertThat(Messages.ENGLISH.notFoundFor()).isEqualTo("Not found: ");
    assertThat(Messages.CHINESE.lines("help.buttons")).containsExactly("答案下面的按钮：",
        "• [n] 原文：显示整段原文，引用的句子加粗", "• 👍 / 👎：告诉我们答案有没有帮助");
  }

  @Test
  void aMissingKeyNamesItselfAndTheCatalog() {
    assertThatThrownBy(() -> Messages.CHINESE.text("no.such.key"))
        .isInstanceOf(IllegalStateException.class).hasMessage("no message no.such.key in messages_zh.properties");
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
