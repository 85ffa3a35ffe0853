package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.reliability.Figures.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * newsbot under {@code LC_ALL=C} (the default locale of many container images, where Java reads
 * file names and arguments as ASCII), in real processes: a file named as the README recommends,
 * a Chinese question and {@code index --add 中文名.txt} work; a file whose name is not UTF-8 is
 * reported and skipped while the others are indexed.
 */
@ExtendWith(ReliabilityReport.class)
class AnyLocaleIT {

  static final Map<String, String> C_LOCALE = Map.of("LC_ALL", "C");
  static final Duration PATIENCE = Duration.ofMinutes(2);
  static final String QUESTION = "考书画等级要在哪个网站上报名？";

  @TempDir
  Path dir;

  @Test
  void fileNamesAndArgumentsWorkUnderTheCLocale() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.copy(SuiteIndex.SEEDS.resolve("001_4237cd71e9e911f0.txt"), seeds.resolve("株洲日报_2024-03-12.txt"));
    // 株 in GBK (0xD6EA): not UTF-8, so no locale newsbot runs under can read this name
    Process cp = new ProcessBuilder("sh", "-c", "cp 株洲日报_2024-03-12.txt \"$(printf 'gbk-\\326\\352.txt')\"")
        .directory(seeds.toFile()).inheritIO().start();
    assertThat(cp.waitFor(10, TimeUnit.SECONDS) && cp.exitValue() == 0).isTrue();
    Map<String, String> env = Map.of("LC_ALL", "C", "NEWSBOT_DATA_DIR", dir.resolve("data").toString(),
        "NEWSBOT_SEEDS_DIR", seeds.toString());

    NewsbotProcess.Result ask = NewsbotProcess.run(dir, env, PATIENCE, "ask", QUESTION);
    assertThat(ask.exit()).as(ask.err()).isZero();
    assertThat(ask.err()).contains("Added (1): 株洲日报_2024-03-12.txt\n")
        .contains("Rejected: gbk-\uFFFD\uFFFD.txt is skipped: its name is not UTF-8 text, the encoding this system's"
            + " locale gives file names; rename it (e.g. convmv -f GBK -t UTF-8)\n")
        .contains("Index now covers 2024-03-12 to 2024-03-12.");
    assertThat(ask.out()).startsWith("据《书画等级考试今日开始报名》（2024-03-12）：")
        .contains("\n[1] 《书画等级考试今日开始报名》，株洲日报，2024-03-12，第1段，作者：孙晓静\n");

    Path added = dir.resolve("中文名.txt");
    Files.copy(SuiteIndex.SEEDS.resolve("003_6c0e209a15f5e767.txt"), added);
    NewsbotProcess.Result add = NewsbotProcess.run(dir, env, PATIENCE, "index", "--add", added.toString());
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).startsWith("Added (1): 中文名.txt\n");
    assertThat(seeds.resolve("中文名.txt")).exists();

    NewsbotProcess.Result c = NewsbotProcess.run(dir, C_LOCALE, PATIENCE, "--version");
    NewsbotProcess.Result utf8 = NewsbotProcess.run(dir, Map.of("LC_ALL", "C.UTF-8"), PATIENCE, "--version");
    assertThat(c.out()).isEqualTo("newsbot 0.1.0\n").isEqualTo(utf8.out());
    Figures.add(Section.OPERATIONS, "Under LC_ALL=C (real processes): `ask` in Chinese on a first start over a seeds"
        + " folder with 株洲日报_2024-03-12.txt and a file named in GBK; then `index --add 中文名.txt`",
        "answered from 株洲日报_2024-03-12.txt, dated 2024-03-12 by its name; the GBK name rejected by name, the"
            + " other indexed; 中文名.txt added (newsbot starts itself again under C.UTF-8)",
        "all work, one bad name skipped", true);
  }

  @Test
  void whenNoUtf8LocaleHelpsNewsbotSaysWhatToSet() {
    // as if newsbot had already started itself again under C.UTF-8 and that locale were missing
    String argv = Base64.getEncoder().encodeToString("--version\0".getBytes(StandardCharsets.UTF_8));
    NewsbotProcess.Result r = NewsbotProcess.run(dir, List.of("-Dnewsbot.argv=" + argv), C_LOCALE, PATIENCE);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("newsbot: the locale (LC_ALL=C) reads file names and arguments as ANSI_X3.4-1968,"
        + " which cannot hold Chinese text, and restarting under C.UTF-8 did not help (is that locale installed?):"
        + " set a UTF-8 locale, e.g. export LC_ALL=C.UTF-8 (`locale -a` lists the installed ones)\n");
  }
}
