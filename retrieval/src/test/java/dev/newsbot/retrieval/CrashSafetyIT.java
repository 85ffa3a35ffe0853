package dev.newsbot.retrieval;

import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An indexing run killed with SIGKILL while it writes leaves the previous index intact: the
 * SQLite file passes its integrity check, holds the same issues and answers the same questions
 * with the same citations; the next run completes. The kill lands at random moments of the
 * writing phase (a large issue makes that phase long enough to hit).
 */
class CrashSafetyIT {

  static final int DIMENSION = 64;
  static final int KILLS = Integer.getInteger("newsbot.crash.kills", 5);

  @TempDir
  Path dir;

  @Test
  void killedReindexLeavesThePreviousIndexAnswering() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path data = dir.resolve("data");
    for (String f : List.of("000_6a32f752367869b0.txt", "001_4237cd71e9e911f0.txt")) {
      Files.copy(NewsIndexIT.SEEDS.resolve(f), seeds.resolve(f));
    }
    List<EvalQuestion> questions = QuestionFiles.read("dev-questions.jsonl");
    List<Answer> before;
    try (NewsIndex index = open(data)) {
      index.indexFolder(seeds, false, IndexProgress.NONE);
      before = answers(index, questions);
    }
    Files.writeString(seeds.resolve("big_2024-04-01.txt"), bigIssue());

    Random random = new Random(7);
    int killedWhileWriting = 0;
    for (int k = 0; k < KILLS; k++) {
      Process child = start(data, seeds);
      if (waitFor(child, "writing")) {
        Thread.sleep(random.nextInt(40));
        killedWhileWriting++;
      }
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertThat(integrityCheck(data)).isEqualTo("ok");
      try (NewsIndex index = open(data)) {
        if (index.issues().size() == 2) {
          assertThat(answers(index, questions)).isEqualTo(before);
        } else {
          assertThat(index.issues()).hasSize(3);
          break;
        }
      }
    }
    assertThat(killedWhileWriting).isPositive();
    Process last = start(data, seeds);
    assertThat(waitFor(last, "done")).isTrue();
    assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
    try (NewsIndex index = open(data)) {
      assertThat(index.issues()).extracting(IssueInfo::issue).contains("big_2024-04-01.txt");
    }
  }

  private static NewsIndex open(Path data) {
    return NewsIndex.open(data, new HashingEmbedder(DIMENSION), SearchMode.HYBRID);
  }

  private static List<Answer> answers(NewsIndex index, List<EvalQuestion> questions) {
    List<Answer> out = new ArrayList<>();
    for (EvalQuestion q : questions) {
      out.add(index.ask(q.question()));
    }
    return out;
  }

  /** Forty copies of three seed issues' articles: thousands of passages to write. */
  private static String bigIssue() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int copy = 0; copy < 40; copy++) {
      for (String f : List.of("002_a6ff651a8bc0a567.txt", "003_6c0e209a15f5e767.txt", "004_45ad87969ec02bf0.txt")) {
        sb.append("\n\n# 第").append(copy).append("版\n\n").append(Files.readString(NewsIndexIT.SEEDS.resolve(f)));
      }
    }
    return sb.toString();
  }

  private static Process start(Path data, Path seeds) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IndexingChild.class.getName(),
        data.toString(), seeds.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Reads the child's phase lines until {@code phase} appears (true) or the child ends (false); 60 s at most. */
  private static boolean waitFor(Process child, String phase) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    while (System.nanoTime() < deadline) {
      String line = out.readLine();
      if (line == null) {
        return false;
      }
      if (line.equals(phase)) {
        return true;
      }
    }
    return false;
  }

  private static String integrityCheck(Path data) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(NewsIndex.FILE_NAME));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
