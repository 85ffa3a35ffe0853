package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsbot.bot.reliability.Figures.Section;
import dev.newsbot.retrieval.NewsIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index --add} onto a disk that fills: the data folder is a tmpfs a few hundred KB larger
 * than the index, mounted in a mount namespace of the process's own (unshare), so the disk that
 * fills is real and nothing else on the machine sees it. The index file is copied out afterwards.
 */
@ExtendWith(ReliabilityReport.class)
class FullDiskIT {

  static final Duration PATIENCE = Duration.ofMinutes(2);
  /** Mounts a tmpfs of size $3 on $1, puts the index $2 in it, runs newsbot, copies the index out to $4. */
  static final String SCRIPT = "mount -t tmpfs -o size=$3 tmpfs \"$1\" || exit 99; cp \"$2\" \"$1\"/newsbot.db || exit 98;"
      + " data=\"$1\"; out=\"$4\"; shift 4; \"$@\"; rc=$?; cp \"$data\"/newsbot.db \"$out\"/newsbot.db; exit $rc";

  @TempDir
  Path dir;

  @Test
  void aDiskThatFillsIsNamedAndLeavesNothingHalfDone() throws Exception {
    assumeTrue(Stream.of("/usr/bin/unshare", "/bin/unshare").anyMatch(p -> Files.isExecutable(Path.of(p))),
        "no unshare: no filesystem of our own to fill");
    Path source = NewsbotProcess.copyOfSeedIndex(dir.resolve("source")).resolve("newsbot.db");
    Path data = Files.createDirectories(dir.resolve("data"));
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Path issue = dir.resolve("two-issues.txt");
    Files.writeString(issue, Files.readString(SuiteIndex.SEEDS.resolve("003_6c0e209a15f5e767.txt"))
        + Files.readString(SuiteIndex.SEEDS.resolve("004_45ad87969ec02bf0.txt")));
    long kb = Files.size(source) / 1024 + 400;
    String user = "root".equals(System.getProperty("user.name")) ? "-m" : "-rm";
    List<String> launcher = List.of("unshare", user, "sh", "-c", SCRIPT, "sh", data.toString(), source.toString(),
        kb + "k", out.toString());
    Map<String, String> env = Map.of("NEWSBOT_DATA_DIR", data.toString(), "NEWSBOT_SEEDS_DIR", seeds.toString());

    NewsbotProcess.Result add = NewsbotProcess.run(dir, launcher, List.of(), env, PATIENCE, "index", "--add",
        issue.toString());
    assumeTrue(add.exit() != 99 && add.exit() != 98, "this machine lets no process mount a tmpfs of its own: "
        + add.err());
    assertThat(add.exit()).as(add.err()).isEqualTo(1);
    Matcher m = Pattern.compile("newsbot: writing the index at " + Pattern.quote(data.resolve("newsbot.db").toString())
        + " failed: disk full \\((\\d+) MB free in " + Pattern.quote(data.toString()) + "\\): nothing was changed;"
        + " free some space there and index again\n$").matcher(add.err());
    assertThat(m.find()).as(add.err()).isTrue();
    try (Stream<Path> left = Files.list(seeds)) {
      assertThat(left.toList()).as("files left in the seeds folder").isEmpty();
    }
    assertThat(NewsIndex.check(out)).isEmpty();
    assertThat(issuesAndGeneration(out.resolve("newsbot.db"))).isEqualTo(issuesAndGeneration(source));

    Figures.add(Section.OPERATIONS, "`index --add` of a two-issue file onto a data folder that fills (a tmpfs "
        + kb + " KB, the index plus 400 KB)", "exit 1, \"disk full (" + m.group(1) + " MB free in <folder>): nothing"
        + " was changed\"; the file not left in seeds; the index passes integrity_check with its issues and"
        + " generation as before", "named; nothing half-done", true);
  }

  private static List<String> issuesAndGeneration(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT group_concat(file) FROM (SELECT file FROM issues ORDER BY file)),"
            + " (SELECT value FROM meta WHERE key = 'generation')")) {
      rs.next();
      return List.of(rs.getString(1), rs.getString(2));
    }
  }
}
