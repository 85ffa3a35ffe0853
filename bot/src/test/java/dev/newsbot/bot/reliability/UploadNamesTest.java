package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.newsbot.bot.admin.IssueIntake;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names {@link IssueIntake#safeName} shortens to its 100 characters: the result must keep its
 * promise (no leading dot, a name the file system takes) whatever was cut off.
 */
class UploadNamesTest {

  @TempDir
  Path seeds;

  @Test
  void aLongNameIsNeverCutToAHiddenFile() {
    String name = IssueIntake.safeName("xxxxx." + "y".repeat(95));
    assertThat(name).hasSizeLessThanOrEqualTo(100).doesNotStartWith(".").endsWith(".txt");
  }

  @Test
  void aLongNameOfSupplementaryLettersIsCutBetweenCharacters() {
    String name = IssueIntake.safeName("\uD840\uDC00".repeat(60) + "z.txt");
    assertThat(Character.isLowSurrogate(name.charAt(0))).as("starts with half a character").isFalse();
    assertThatCode(() -> seeds.resolve(name)).doesNotThrowAnyException();
  }
}
