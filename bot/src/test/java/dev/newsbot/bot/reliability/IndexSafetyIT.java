package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.reliability.Figures.Section;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code index} does with the files an operator gives it, in real processes over a copy of
 * the seed index: a prune of an emptied seeds folder is refused, a forced one keeps every removed
 * text; a corrected edition replaces its issue, the same text in GB18030 is already indexed;
 * symbolic links (real ones, to a file outside and to /etc/passwd) and the README are refused by
 * name while the rest is indexed.
 */
@ExtendWith(ReliabilityReport.class)
class IndexSafetyIT {

  static final Duration PATIENCE = Duration.ofSeconds(120);
  static final List<String> SEEDS = List.of("000_6a32f752367869b0.txt", "001_4237cd71e9e911f0.txt",
      "002_a6ff651a8bc0a567.txt", "003_6c0e209a15f5e767.txt", "004_45ad87969ec02bf0.txt");
  static final String LINK = " is a symbolic link, and newsbot does not follow links: copy the issue file itself"
      + " into the folder";

  @TempDir
  Path dir;

  @Test
  void pruneReplaceAndRefusalsThroughTheCommandLine() throws Exception {
    Path data = NewsbotProcess.copyOfSeedIndex(dir.resolve("data"));
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Map<String, String> env = Map.of("NEWSBOT_DATA_DIR", data.toString(), "NEWSBOT_SEEDS_DIR", seeds.toString());

    NewsbotProcess.Result refused = NewsbotProcess.run(dir, env, PATIENCE, "index", "--prune");
    assertThat(refused.exit()).as(refused.err()).isEqualTo(3);
    assertThat(refused.out()).contains("Not removed, although their file is gone (5): " + String.join(", ", SEEDS)
        + ". Removing them would leave no issue in the index: check that the seeds folder is the right one, or run"
        + " index --prune --force to remove them.\n").contains("Index: 5 issues,");
    assertThat(Files.exists(data.resolve("removed"))).isFalse();

    for (String f : SEEDS) {
      Files.copy(SuiteIndex.SEEDS.resolve(f), seeds.resolve(f));
    }
    Files.copy(SuiteIndex.SEEDS.resolve(SEEDS.get(1)), outside.resolve("issue.txt"));
    Files.createSymbolicLink(seeds.resolve("linked.txt"), outside.resolve("issue.txt").toAbsolutePath());
    Files.createSymbolicLink(seeds.resolve("passwd.txt"), Path.of("/etc/passwd"));
    Files.copy(Path.of("..", "README.md"), seeds.resolve("README.md"));
    NewsbotProcess.Result odd = NewsbotProcess.run(dir, env, PATIENCE, "index");
    assertThat(odd.exit()).as(odd.err()).isEqualTo(3);
    assertThat(odd.out()).startsWith("Rejected: README.md does not read like a newspaper issue (")
        .contains("Index: 5 issues,")
        .contains("\nRejected: linked.txt" + LINK + "\nRejected: passwd.txt" + LINK + "\n")
        .doesNotContain("root:");
    Path link = Files.createSymbolicLink(dir.resolve("add-me.txt"), outside.resolve("issue.txt").toAbsolutePath());
    NewsbotProcess.Result addLink = NewsbotProcess.run(dir, env, PATIENCE, "index", "--add", link.toString());
    assertThat(addLink.exit()).isEqualTo(3);
    assertThat(addLink.err()).isEqualTo("newsbot: " + link + " is a symbolic link, and newsbot does not follow"
        + " links: give the path of the issue file itself\n");

    String text = Files.readString(SuiteIndex.SEEDS.resolve(SEEDS.get(0)));
    Path gbk = outside.resolve("gbk.txt");
    Files.write(gbk, text.getBytes(Charset.forName("GB18030")));
    NewsbotProcess.Result same = NewsbotProcess.run(dir, env, PATIENCE, "index", "--add", gbk.toString());
    assertThat(same.exit()).as(same.err()).isZero();
    assertThat(same.out()).isEqualTo("Already indexed: " + SEEDS.get(0) + ", date 2024-01-21\n");
    Path corrected = Files.createDirectories(outside.resolve("corrected")).resolve(SEEDS.get(0));
    Files.writeString(corrected, text.replace("积雪可达6至8厘米", "积雪可达8至10厘米"), StandardCharsets.UTF_8);
    NewsbotProcess.Result replaced = NewsbotProcess.run(dir, env, PATIENCE, "index", "--add", corrected.toString());
    assertThat(replaced.exit()).as(replaced.err()).isZero();
    assertThat(replaced.out()).startsWith("Changed (1): " + SEEDS.get(0) + "\n").contains("Index: 5 issues,");

    for (String f : List.of("README.md", "linked.txt", "passwd.txt")) {
      Files.delete(seeds.resolve(f));
    }
    for (String f : SEEDS) {
      Files.delete(seeds.resolve(f));
    }
    NewsbotProcess.Result forced = NewsbotProcess.run(dir, env, PATIENCE, "index", "--prune", "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(forced.out()).contains("Removed (5): " + String.join(", ", SEEDS) + "\n").contains("Index: 0 issues,");
    List<Path> runs;
    try (Stream<Path> s = Files.list(data.resolve("removed"))) {
      runs = s.sorted().toList();
    }
    assertThat(runs).hasSize(2); // the replaced edition, then the prune
    Path kept = runs.get(1);
    assertThat(forced.out()).contains("The text of each issue removed or replaced is kept in " + kept.toAbsolutePath()
        + ": to undo, copy its files back into the seeds folder and run index.\n");
    long texts;
    try (Stream<Path> s = Files.list(kept)) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).count();
    }
    assertThat(texts).isEqualTo(5);
    assertThat(Files.readString(kept.resolve(SEEDS.get(0)))).contains("积雪可达8至10厘米");
    assertThat(Files.readString(runs.get(0).resolve(SEEDS.get(0)))).contains("积雪可达6至8厘米");

    long rejected = odd.out().lines().filter(l -> l.startsWith("Rejected: ")).count();
    Figures.add(Section.OPERATIONS, "`index --prune` over an emptied seeds folder, then `--prune --force` (real"
        + " processes, a copy of the seed index)", "refused with exit " + refused.exit() + ", 5 of 5 issues kept and"
        + " listed (" + refused.millis() + " ms); forced: 5 removed, " + texts + " texts with their sidecars kept in"
        + " DATA/removed/<time>/ (" + forced.millis() + " ms)", "refused unless forced; every text kept",
        refused.exit() == 3 && texts == 5);
    Figures.add(Section.OPERATIONS, "`index --add` of a corrected edition under its name, and of the same issue"
        + " re-encoded in GB18030 (real processes)", "\"Changed (1)\", still 5 issues, the old text kept ("
        + replaced.millis() + " ms); GB18030: \"Already indexed\" (" + same.millis() + " ms)",
        "replaced; already indexed", true);
    Figures.add(Section.OPERATIONS, "Files that are no issue, in real processes: real symbolic links in the seeds"
        + " folder (to a seed outside it, to /etc/passwd), `index --add` of a link, the project README among the seeds",
        rejected + " of 3 refused by name in the report (exit " + odd.exit() + "), the link to `--add` refused (exit "
        + addLink.exit() + "), the 5 seeds kept, no line of /etc/passwd indexed", "all refused, the rest kept",
        rejected == 3 && addLink.exit() == 3);
  }
}
