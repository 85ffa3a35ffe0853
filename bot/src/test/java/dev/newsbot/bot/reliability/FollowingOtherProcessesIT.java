package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.bot.reliability.Figures.Section;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-running {@code ask --json} keeps answering while a second JVM prunes an issue from the
 * index and then adds it back: each time it answers from the new state within 5 s, no restart.
 */
@ExtendWith(ReliabilityReport.class)
class FollowingOtherProcessesIT {

  static final Duration PATIENCE = Duration.ofMinutes(2);
  static final String ISSUE = "001_4237cd71e9e911f0.txt";
  static final String QUESTION = "{\"id\": \"q\", \"question\": \"考书画等级要在哪个网站上报名？\"}";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void aRunningAskFollowsAPruneAndAnAddByAnotherProcess() throws Exception {
    Path data = NewsbotProcess.copyOfSeedIndex(dir.resolve("data"));
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    try (var files = Files.list(SuiteIndex.SEEDS)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
        if (!f.getFileName().toString().equals(ISSUE)) {
          Files.copy(f, seeds.resolve(f.getFileName()));
        }
      }
    }
    Map<String, String> env = Map.of("NEWSBOT_DATA_DIR", data.toString(), "NEWSBOT_SEEDS_DIR", seeds.toString());
    Process asker = NewsbotProcess.builder(dir, List.of(), env, List.of("ask", "--json"))
        .redirectError(dir.resolve("ask-err.txt").toFile()).start();
    try {
      OutputStream in = asker.getOutputStream();
      BufferedReader out = new BufferedReader(new InputStreamReader(asker.getInputStream(), StandardCharsets.UTF_8));
      JsonNode before = ask(in, out);
      assertThat(issuesOf(before)).as("the issues the first answer quotes and ranks").contains(ISSUE);
      assertThat(before.get("abstained").asBoolean()).isFalse();

      NewsbotProcess.Result prune = NewsbotProcess.run(dir, env, PATIENCE, "index", "--prune");
      assertThat(prune.exit()).as(prune.err()).isZero();
      long t0 = System.nanoTime();
      JsonNode pruned = askUntil(in, out, a -> !issuesOf(a).contains(ISSUE));
      long pruneMillis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(pruneMillis).as("ms until the answers left the pruned issue").isLessThan(5_000);
      assertThat(issuesOf(pruned)).doesNotContain(ISSUE);

      NewsbotProcess.Result add = NewsbotProcess.run(dir, env, PATIENCE, "index", "--add",
          SuiteIndex.SEEDS.resolve(ISSUE).toAbsolutePath().toString());
      assertThat(add.exit()).as(add.err()).isZero();
      t0 = System.nanoTime();
      JsonNode again = askUntil(in, out, a -> issuesOf(a).contains(ISSUE));
      long addMillis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(addMillis).as("ms until the answers quoted the added issue").isLessThan(5_000);
      assertThat(again.get("answer").asText()).isEqualTo(before.get("answer").asText());
      assertThat(asker.isAlive()).isTrue();

      Figures.add(Section.OPERATIONS, "A running `ask --json` while a second JVM runs `index --prune` (one issue gone"
          + " from the seeds) and then `index --add` of it", "answers left the pruned issue " + pruneMillis + " ms"
          + " after the prune ended and quoted it again, word for word as before, " + addMillis + " ms after the add",
          "within 5 s, no restart", true);
    } finally {
      asker.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Asks until an answer passes {@code test} (bounded: 30 s); that answer. */
  private static JsonNode askUntil(OutputStream in, BufferedReader out, Predicate<JsonNode> test) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      last = ask(in, out);
      if (test.test(last)) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the running ask --json never answered from the new state; last answer: " + last);
  }

  private static JsonNode ask(OutputStream in, BufferedReader out) throws Exception {
    in.write((QUESTION + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
    String line = CompletableFuture.supplyAsync(() -> {
      try {
        return out.readLine();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    assertThat(line).as("an answer line").isNotNull();
    return JSON.readTree(line);
  }

  /** The issues an answer cites and the passages it ranked come from. */
  private static List<String> issuesOf(JsonNode answer) {
    return StreamSupport.stream(answer.get("citations").spliterator(), false)
        .map(c -> c.get("issue").asText())
        .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), cited -> {
          StreamSupport.stream(answer.get("passages").spliterator(), false).forEach(p -> cited.add(p.get("issue")
              .asText()));
          return cited;
        }));
  }
}
