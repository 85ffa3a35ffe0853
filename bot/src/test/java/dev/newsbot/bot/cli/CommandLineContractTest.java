package dev.newsbot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a script or a person meets it, in process and without the model. */
class CommandLineContractTest {

  /** Exit code, standard output and standard error of one run. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = NewsbotCommand.execute(args);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void everySubcommandAnswersHelp() {
    Set<String> names = new CommandLine(new NewsbotCommand()).getSubcommands().keySet();
    assertThat(names).containsExactlyInAnyOrder("index", "ask", "chat", "eval", "run", "health", "bench", "feedback",
        "backup");
    for (String name : names) {
      Run r = run(name, "--help");
      assertThat(r.exit()).as(name).isZero();
      assertThat(r.out()).as(name).startsWith("Usage: newsbot " + name).contains("-h, --help");
      assertThat(r.err()).as(name).isEmpty();
    }
  }

  @Test
  void commandLineMistakesNameNoJavaType() {
    Run r = run("index", "--add", "a\u0000b.txt");
    assertThat(r.exit()).isEqualTo(NewsbotCommand.USAGE);
    assertThat(r.err()).isEqualTo("newsbot: Invalid value for option '--add': cannot convert 'a\u0000b.txt' to Path:"
        + " Nul character not allowed: a\u0000b.txt. See: newsbot index --help\n");
    assertThat(NewsbotCommand.withoutJavaNames("cannot read x (java.io.IOException)")).isEqualTo("cannot read x");
    assertThat(NewsbotCommand.withoutJavaNames("java.lang.IllegalStateException: closed")).isEqualTo("closed");
  }

  @Test
  void aSettingsFileThatIsNotThereStopsEveryCommand(@TempDir Path dir) {
    Path missing = dir.resolve("missing.properties");
    for (List<String> command : List.of(List.of("ask", "株洲"), List.of("index"), List.of("health"))) {
      Run r = run(concat("--config", missing.toString(), command));
      assertThat(r.exit()).as(command.toString()).isEqualTo(NewsbotCommand.USAGE);
      assertThat(r.err()).isEqualTo("newsbot: there is no settings file at " + missing.toAbsolutePath()
          + ": check the path given to --config, or leave --config out to use config/newsbot.properties\n");
    }
    Run folder = run("--config", dir.toString(), "index");
    assertThat(folder.exit()).isEqualTo(NewsbotCommand.USAGE);
    assertThat(folder.err()).startsWith("newsbot: " + dir + " is a folder, not a settings file");
  }

  @Test
  void indexAddOfAFileThatIsNotThereSaysSoWithoutAClassName(@TempDir Path dir) {
    Run r = run("index", "--add", dir.resolve("nope.txt").toString());
    assertThat(r.exit()).isEqualTo(NewsbotCommand.USAGE);
    assertThat(r.err()).isEqualTo("newsbot: " + dir.resolve("nope.txt")
        + " is not a file: give the path of an issue's .txt or .md file\n");
  }

  @Test
  void evalNamesTheFileAndLineOfBadInput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("q.jsonl");
    String good = "{\"id\": \"a\", \"question\": \"株洲下雪积雪有多厚？\", \"answer\": null}";
    List<String> bad = List.of("[1]", "{\"id\": \"b\"}", "{\"id\": \"c\", \"question\": ", "\"x\"");
    List<String> said = List.of(
        "line 3 is a JSON array, not an object: write one object per line, e.g. {\"id\": \"q1\", \"question\": \"…\"}",
        "line 3 has no \"question\" text: write one object per line, e.g. {\"id\": \"q1\", \"question\": \"…\"}",
        "line 3 is not JSON at column 25 (Unexpected end-of-input within/between Object entries)",
        "line 3 is a JSON string, not an object: write one object per line, e.g. {\"id\": \"q1\", \"question\": \"…\"}");
    for (int k = 0; k < bad.size(); k++) {
      Files.write(file, List.of(good, "", bad.get(k), good));
      Run r = run("eval", file.toString());
      assertThat(r.exit()).as(bad.get(k)).isEqualTo(NewsbotCommand.USAGE);
      assertThat(r.err()).isEqualTo("newsbot: " + file + " " + said.get(k) + "\n");
    }
  }

  @Test
  void jsonLinesSayWhatIsWrongWithoutTheLibrarysInternals() {
    assertThat(JsonLines.parse(4, "  ").error())
        .isEqualTo("line 4 is blank: write one JSON object per line, e.g. {\"id\": \"q1\", \"question\": \"…\"}");
    assertThat(JsonLines.parse(1, "[1]").error()).startsWith("line 1 is a JSON array, not an object");
    assertThat(JsonLines.parse(1, "3").error()).startsWith("line 1 is a JSON number, not an object");
    assertThat(JsonLines.parse(1, "null").error()).startsWith("line 1 is a JSON null, not an object");
    assertThat(JsonLines.parse(2, "{bad").error()).isEqualTo("line 2 is not JSON at column 2 (Unexpected character"
        + " ('b' (code 98)): was expecting double-quote to start field name)");
    assertThat(JsonLines.parse(2, "{\"id\": 1} x").error()).startsWith("line 2 is not JSON at column 12");
    for (String text : List.of("{bad", "{\"id\": 1} x", "{\"question\": ", "x", "\"open")) {
      assertThat(JsonLines.parse(9, text).error()).as(text).doesNotContain("Source").doesNotContain("REDACTED")
          .doesNotContain("Feature").doesNotContain("com.fasterxml").doesNotContain("\n");
    }
    JsonLines.Line ok = JsonLines.parse(1, "{\"id\": [\"x\"], \"question\": \"问\"}");
    assertThat(ok.error()).isNull();
    assertThat(ok.id().toString()).isEqualTo("[\"x\"]");
    assertThat(ok.question()).isEqualTo("问");
  }

  private static String[] concat(String a, String b, List<String> rest) {
    String[] all = new String[rest.size() + 2];
    all[0] = a;
    all[1] = b;
    for (int k = 0; k < rest.size(); k++) {
      all[k + 2] = rest.get(k);
    }
    return all;
  }
}
