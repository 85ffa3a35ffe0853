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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ask --json} in a real process, as a script drives it: one output line per input line
 * (blank and non-object lines get an error line), and the process ends promptly once its
 * standard output is closed, as by {@code | head -1}.
 */
@ExtendWith(ReliabilityReport.class)
class AskJsonProcessIT {

  static final String EXAMPLE = "write one object per line, e.g. {\\\"id\\\": \\\"q1\\\", \\\"question\\\": \\\"…\\\"}";
  static final String QUESTION = "{\"id\": \"q1\", \"question\": \"考书画等级要在哪个网站上报名？\"}";

  @TempDir
  Path dir;

  @Test
  void everyLineGetsOneAnswerLineAndAClosedOutputEndsTheProcess() throws Exception {
    Path data = NewsbotProcess.copyOfSeedIndex(dir.resolve("data"));
    Files.createDirectories(dir.resolve("seeds"));
    Process p = NewsbotProcess.builder(dir, List.of(), Map.of("NEWSBOT_DATA_DIR", data.toString(),
        "NEWSBOT_SEEDS_DIR", dir.resolve("seeds").toString()), List.of("ask", "--json"))
        .redirectError(dir.resolve("err.txt").toFile()).start();
    try {
      OutputStream in = p.getOutputStream();
      List<String> lines = List.of(QUESTION, "", "[1]", "\"x\"", "3", "{bad", "{\"id\": 7}");
      write(in, String.join("\n", lines) + "\n");
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      List<String> got = new ArrayList<>();
      for (int k = 0; k < lines.size(); k++) {
        got.add(CompletableFuture.supplyAsync(() -> readLine(out)).get(120, TimeUnit.SECONDS));
      }
      JsonNode answer = new ObjectMapper().readTree(got.get(0));
      assertThat(answer.get("id").asText()).isEqualTo("q1");
      assertThat(answer.get("abstained").asBoolean()).isFalse();
      assertThat(answer.get("citations").size()).isPositive();
      assertThat(got.subList(1, lines.size())).containsExactly(
          "{\"id\":null,\"error\":\"line 2 is blank: write one JSON object per line, e.g. {\\\"id\\\": \\\"q1\\\","
              + " \\\"question\\\": \\\"…\\\"}\"}",
          "{\"id\":null,\"error\":\"line 3 is a JSON array, not an object: " + EXAMPLE + "\"}",
          "{\"id\":null,\"error\":\"line 4 is a JSON string, not an object: " + EXAMPLE + "\"}",
          "{\"id\":null,\"error\":\"line 5 is a JSON number, not an object: " + EXAMPLE + "\"}",
          "{\"id\":null,\"error\":\"line 6 is not JSON at column 2 (Unexpected character ('b' (code 98)): was"
              + " expecting double-quote to start field name)\"}",
          "{\"id\":7,\"error\":\"line 7 has no \\\"question\\\" text: " + EXAMPLE + "\"}");

      p.getInputStream().close(); // as `| head -7` does
      long closed = System.nanoTime();
      int sent = 0;
      while (p.isAlive() && sent < 2_000) {
        try {
          write(in, QUESTION + "\n");
          sent++;
        } catch (IOException stdinClosedToo) {
          break;
        }
        p.waitFor(20, TimeUnit.MILLISECONDS);
      }
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("ended after its standard output was closed").isTrue();
      long millis = (System.nanoTime() - closed) / 1_000_000;
      assertThat(p.exitValue()).isEqualTo(141);
      assertThat(sent).as("questions sent after the close before it ended").isLessThan(2_000);
      Figures.add(Section.OPERATIONS, "`ask --json` in a real process: a question, a blank line, `[1]`, `\"x\"`, `3`,"
          + " `{bad`, an object without a question; then its standard output closed (as `| head -1` does) while"
          + " questions keep coming", "7 lines for 7 (6 error lines naming the line, no JSON-library text); ended"
          + " with exit 141 " + millis + " ms after the close, after " + sent + " more questions",
          "one line each; ends promptly", true);
    } finally {
      p.destroyForcibly();
    }
  }

  private static void write(OutputStream in, String text) throws IOException {
    in.write(text.getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  private static String readLine(BufferedReader r) {
    try {
      String line = r.readLine();
      if (line == null) {
        throw new AssertionError("ask --json ended its output early");
      }
      return line;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
