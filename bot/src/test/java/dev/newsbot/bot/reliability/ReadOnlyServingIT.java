package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsbot.bot.reliability.Figures.Section;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.bot.testkit.Users;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * newsbot serving from data folders it may only read (chmod a-w on the folder and the file), as a
 * read-only volume or a replica's copied index: {@code ask} answers as from a writable folder and
 * writes nothing there; {@code index} says it needs write access and where. Run as root, whom
 * permissions do not bind, the JVM is started without the capabilities that override them
 * (setpriv), so that the chmod binds it as it binds any user.
 */
@ExtendWith(ReliabilityReport.class)
class ReadOnlyServingIT {

  static final Duration PATIENCE = Duration.ofMinutes(2);
  static final String QUESTION = "考书画等级要在哪个网站上报名？";

  @TempDir
  Path dir;

  @Test
  void askAnswersFromAReadOnlyFolderAndIndexingSaysItNeedsWriteAccess() throws Exception {
    List<String> launcher = boundByPermissions();
    Path used = NewsbotProcess.copyOfSeedIndex(dir.resolve("used"));
    Map<String, String> env = Map.of("NEWSBOT_DATA_DIR", used.toString(), "NEWSBOT_SEEDS_DIR",
        Files.createDirectories(dir.resolve("seeds")).toString());
    NewsbotProcess.Result writable = NewsbotProcess.run(dir, env, PATIENCE, "ask", QUESTION);
    assertThat(writable.exit()).as(writable.err()).isZero();
    assertThat(writable.out()).contains("出处：");
    assertThat(names(used)).contains("newsbot.db", "newsbot.db-terms").doesNotContain("newsbot.db-wal");

    Path copied = NewsbotProcess.copyOfSeedIndex(dir.resolve("copied"));
    Map<String, String> copiedEnv = Map.of("NEWSBOT_DATA_DIR", copied.toString(), "NEWSBOT_SEEDS_DIR",
        dir.resolve("seeds").toString());
    readOnly(used);
    readOnly(copied);
    try {
      List<String> usedBefore = names(used);
      NewsbotProcess.Result fromUsed = NewsbotProcess.run(dir, launcher, List.of(), env, PATIENCE, "ask", QUESTION);
      assertThat(fromUsed.exit()).as(fromUsed.err()).isZero();
      assertThat(fromUsed.out()).isEqualTo(writable.out());
      assertThat(names(used)).isEqualTo(usedBefore);

      NewsbotProcess.Result fromCopy = NewsbotProcess.run(dir, launcher, List.of(), copiedEnv, PATIENCE, "ask",
          QUESTION);
      assertThat(fromCopy.exit()).as(fromCopy.err()).isZero();
      assertThat(fromCopy.out()).isEqualTo(writable.out());
      assertThat(names(copied)).containsExactly("newsbot.db");

      NewsbotProcess.Result index = NewsbotProcess.run(dir, launcher, List.of(), copiedEnv, PATIENCE, "index");
      assertThat(index.exit()).isEqualTo(1);
      assertThat(index.err()).endsWith("newsbot: indexing needs write access to " + copied.toAbsolutePath()
          + " (the folder of newsbot.db, and the file itself), which this process may only read: answering works as"
          + " it is; index where the folder is writable, or make it writable for this user\n");
      assertThat(names(copied)).containsExactly("newsbot.db");

      Figures.add(Section.OPERATIONS, "`ask` and `index` on a read-only data folder (chmod a-w folder and file;"
          + (launcher.isEmpty() ? "" : " run as root without CAP_DAC_OVERRIDE;") + " an index used before, and a"
          + " copied index without its term index)", "`ask` exit 0 with the same answer as from a writable folder,"
          + " no file created there; `index` exit 1: \"indexing needs write access to <folder>\"",
          "answers; indexing says what it needs", true);
    } finally {
      writable(used);
      writable(copied);
    }
  }

  @Test
  void runServesAReadOnlyDataFolderWithItsStateInAWritableOne() throws Exception {
    List<String> launcher = boundByPermissions();
    Path data = NewsbotProcess.copyOfSeedIndex(dir.resolve("replica"));
    Path state = Files.createDirectories(dir.resolve("state"));
    try (FakeBotApi api = new FakeBotApi()) {
      Map<String, String> env = new java.util.HashMap<>(Map.of("NEWSBOT_TELEGRAM_TOKEN", FakeBotApi.TOKEN,
          "NEWSBOT_TELEGRAM_API_URL", api.url(), "NEWSBOT_DATA_DIR", data.toString(), "NEWSBOT_SEEDS_DIR",
          Files.createDirectories(dir.resolve("seeds")).toString(), "NEWSBOT_HEALTH_ENABLED", "false"));
      readOnly(data);
      try {
        List<String> before = names(data);
        NewsbotProcess.Result refused = NewsbotProcess.run(dir, launcher, List.of(), env, PATIENCE, "run");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("bot.db").contains("set bot.state-dir to a writable one");

        env.put("NEWSBOT_BOT_STATE_DIR", state.toString());
        Process bot = NewsbotProcess.builder(dir, launcher, List.of(), env, List.of("run"))
            .redirectOutput(dir.resolve("run-out.txt").toFile()).redirectError(dir.resolve("run-err.txt").toFile())
            .start();
        try {
          Person reader = new Person(8_200_001L, "读者", "zh");
          new Users(api).says(Room.privateWith(reader), reader, QUESTION);
          String reply = api.awaitSent(reader.id(), 1, PATIENCE).get(0).text();
          assertThat(reply).contains("书画等级考试");
        } finally {
          bot.destroy();
          bot.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(names(data)).isEqualTo(before);
        assertThat(names(state)).contains("bot.db");
        Figures.add(Section.OPERATIONS, "`run` on a read-only data folder (a replica's copied index)", "without"
            + " bot.state-dir: stops naming bot.db and the setting; with it on a writable folder: answers, writes"
            + " nothing in the data folder", "answers; says what it needs", true);
      } finally {
        writable(data);
      }
    }
  }

  /** The launcher under which a chmod binds this JVM's children: none for a user, setpriv for root. */
  private static List<String> boundByPermissions() {
    if (!"root".equals(System.getProperty("user.name"))) {
      return List.of();
    }
    boolean setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv").anyMatch(p -> Files.isExecutable(Path.of(p)));
    assumeTrue(setpriv, "running as root without setpriv: a chmod would not bind the process");
    return List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--");
  }

  private static void readOnly(Path data) throws IOException {
    try (Stream<Path> files = Files.list(data)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
      }
    }
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
  }

  private static void writable(Path data) throws IOException {
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (Stream<Path> files = Files.list(data)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
      }
    }
  }

  private static List<String> names(Path data) throws IOException {
    try (Stream<Path> files = Files.list(data)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
