package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.reliability.Figures.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's tools for the index file, in real processes: {@code backup DIR} while another
 * newsbot answers from the index, a restore from that copy that answers the same, and
 * {@code index --check} and {@code ask} on a file with one page in its middle overwritten.
 */
@ExtendWith(ReliabilityReport.class)
class DamagedIndexAndBackupIT {

  static final Duration PATIENCE = Duration.ofMinutes(2);
  static final String QUESTION = "考书画等级要在哪个网站上报名？";

  @TempDir
  Path dir;

  @Test
  void aBackupWhileAnsweringRestoresTheSameAnswersAndADamagedPageIsNamed() throws Exception {
    Path data = NewsbotProcess.copyOfSeedIndex(dir.resolve("data"));
    Map<String, String> env = env(data);
    NewsbotProcess.Result original = NewsbotProcess.run(dir, env, PATIENCE, "ask", QUESTION);
    assertThat(original.exit()).as(original.err()).isZero();
    assertThat(original.out()).contains("出处：");

    Process answering = NewsbotProcess.builder(dir, List.of(), env, List.of("ask", "--json"))
        .redirectOutput(dir.resolve("answering-out.txt").toFile())
        .redirectError(dir.resolve("answering-err.txt").toFile()).start();
    NewsbotProcess.Result backup;
    try {
      OutputStream in = answering.getOutputStream();
      in.write(("{\"id\": 1, \"question\": \"" + QUESTION + "\"}\n").getBytes(StandardCharsets.UTF_8));
      in.flush();
      awaitLines(dir.resolve("answering-out.txt"), 1, answering);
      backup = NewsbotProcess.run(dir, env, PATIENCE, "backup", dir.resolve("copy").toString());
      assertThat(answering.isAlive()).as("the answering process while the backup ran").isTrue();
    } finally {
      answering.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(backup.exit()).as(backup.err()).isZero();
    assertThat(backup.out()).matches("Backed up " + quote(data.resolve("newsbot.db").toAbsolutePath()) + " to "
        + quote(dir.resolve("copy").resolve("newsbot.db").toAbsolutePath()) + " \\(\\d+ MB, (\\d+) ms\\). To restore:"
        + " stop newsbot, copy it into the data folder and delete newsbot.db-wal, -shm and -terms there.\n");
    long backupMillis = Long.parseLong(backup.out().replaceAll("(?s).*, (\\d+) ms\\).*", "$1"));

    Path restored = Files.createDirectories(dir.resolve("restored"));
    Files.copy(dir.resolve("copy").resolve("newsbot.db"), restored.resolve("newsbot.db"));
    NewsbotProcess.Result fromCopy = NewsbotProcess.run(dir, env(restored), PATIENCE, "ask", QUESTION);
    assertThat(fromCopy.exit()).as(fromCopy.err()).isZero();
    assertThat(fromCopy.out()).isEqualTo(original.out());
    NewsbotProcess.Result fine = NewsbotProcess.run(dir, env(restored), PATIENCE, "index", "--check");
    assertThat(fine.exit()).as(fine.err()).isZero();
    assertThat(fine.out()).isEqualTo("ok: " + restored.resolve("newsbot.db").toAbsolutePath()
        + " passes SQLite's integrity_check\n");

    Path damaged = restored.resolve("newsbot.db");
    overwriteMiddlePage(damaged);
    NewsbotProcess.Result check = NewsbotProcess.run(dir, env(restored), PATIENCE, "index", "--check");
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).startsWith("damaged: " + damaged.toAbsolutePath() + " fails SQLite's integrity_check:\n  ")
        .endsWith("To recover, stop newsbot, then either copy a backup made by 'newsbot backup DIR' in its place"
            + " (and delete newsbot.db-wal, -shm and -terms beside it), or move it away and run 'newsbot index' to"
            + " index the seeds folder again.\n");
    NewsbotProcess.Result ask = NewsbotProcess.run(dir, env(restored), PATIENCE, "ask", QUESTION);
    assertThat(ask.exit()).isEqualTo(1);
    assertThat(ask.err()).contains("newsbot: the index file " + damaged.toAbsolutePath() + " is damaged (")
        .contains("'newsbot backup DIR'").doesNotContain("SQLITE_CORRUPT\n");

    Figures.add(Section.OPERATIONS, "`backup DIR` in its own JVM while an `ask --json` process answers from the"
        + " index; the copy restored into a new data folder; one page in the middle of the file overwritten",
        "backup exit 0 in " + backupMillis + " ms, the restored copy answers word for word as the original;"
            + " `index --check` exit 0 on it; after the damage `index --check` exit 1 and `ask` exit 1, both naming the"
            + " file and the two ways back (restore a backup, re-index from seeds)",
        "copies while in use; damage found and named", true);
  }

  private static Map<String, String> env(Path data) {
    return Map.of("NEWSBOT_DATA_DIR", data.toString(), "NEWSBOT_SEEDS_DIR", data.resolveSibling("seeds").toString());
  }

  private static void overwriteMiddlePage(Path file) throws IOException {
    int pageSize = 4096;
    long pages = Files.size(file) / pageSize;
    assertThat(pages).as("pages in the file").isGreaterThan(10);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] junk = new byte[pageSize];
      Arrays.fill(junk, (byte) 0x5a);
      f.seek(pages / 2 * pageSize);
      f.write(junk);
    }
  }

  private static void awaitLines(Path out, int lines, Process p) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline && p.isAlive()) {
      if (Files.readAllLines(out).size() >= lines) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the answering process gave no answer line");
  }

  private static String quote(Path p) {
    return java.util.regex.Pattern.quote(p.toString());
  }
}
