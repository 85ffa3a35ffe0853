package dev.newsbot.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.reliability.Figures.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings and command-line mistakes an operator makes, in real processes with a real environment:
 * each stops newsbot at start-up (exit 2, before any model is loaded) with the fix, never a Java name.
 */
@ExtendWith(ReliabilityReport.class)
class StartUpMistakesIT {

  static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir
  Path dir;

  record Mistake(String what, Map<String, String> env, List<String> args, String said) {}

  @Test
  void eachMistakeStopsNewsbotWithTheFix() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("settings-folder"));
    Path missing = dir.resolve("missing.properties");
    List<Mistake> mistakes = List.of(
        new Mistake("--config naming no file", Map.of(), List.of("--config", missing.toString(), "ask", "株洲"),
            "newsbot: there is no settings file at " + missing + ": check the path given to --config, or leave"
                + " --config out to use config/newsbot.properties\n"),
        new Mistake("--config naming a folder", Map.of(), List.of("--config", folder.toString(), "index"),
            "newsbot: " + folder + " is a folder, not a settings file: give --config the .properties file itself,"
                + " e.g. config/newsbot.properties\n"),
        new Mistake("NEWSBOT_DATA_DIR= (empty)", Map.of("NEWSBOT_DATA_DIR", ""), List.of("ask", "株洲"),
            "newsbot: data.dir is empty: name a folder (an empty value would mean the current folder) (from"
                + " NEWSBOT_DATA_DIR in the environment; fix it there, or remove it for the default 'data')\n"),
        new Mistake("NEWSBOT_DATA_DIRR (misspelt)", Map.of("NEWSBOT_DATA_DIRR", "/srv/news"), List.of("index"),
            "newsbot: unknown setting NEWSBOT_DATA_DIRR; did you mean NEWSBOT_DATA_DIR?\n"),
        new Mistake("telegram.api-url with a path", Map.of("NEWSBOT_TELEGRAM_API_URL", "https://proxy.example/tg"),
            List.of("index"), "newsbot: telegram.api-url 'https://proxy.example/tg' must be http(s)://host[:port]"
                + " without a path: use https://api.telegram.org or your Bot API server's address (from"
                + " NEWSBOT_TELEGRAM_API_URL in the environment; fix it there, or remove it for the default"
                + " 'https://api.telegram.org')\n"),
        new Mistake("index --add of a file that is not there", Map.of(), List.of("index", "--add", "nope.txt"),
            "newsbot: nope.txt is not a file: give the path of an issue's .txt, .md or .pdf file\n"));
    List<String> times = new ArrayList<>();
    for (Mistake m : mistakes) {
      Map<String, String> env = new LinkedHashMap<>(Map.of("NEWSBOT_DATA_DIR", dir.resolve("data").toString()));
      env.putAll(m.env());
      NewsbotProcess.Result r = NewsbotProcess.run(dir, env, PATIENCE, m.args().toArray(String[]::new));
      assertThat(r.exit()).as(m.what()).isEqualTo(2);
      assertThat(r.err()).as(m.what()).isEqualTo(m.said());
      assertThat(r.out()).as(m.what()).isEmpty();
      times.add(String.valueOf(r.millis()));
    }
    assertThat(Files.exists(dir.resolve("data"))).as("nothing was created").isFalse();
    NewsbotProcess.Result help = NewsbotProcess.run(dir, Map.of(), PATIENCE, "index", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).startsWith("Usage: newsbot index [-hV] [--check] [--force] [--prune] [--add=FILE]\n"
        + "                     [--to=STORE]\n");
    Figures.add(Section.OPERATIONS, "Start-up mistakes in real processes: `--config` naming no file or a folder,"
        + " NEWSBOT_DATA_DIR= (empty), NEWSBOT_DATA_DIRR, a Bot API URL with a path, `index --add` of no file;"
        + " `index --help`", mistakes.size() + " of " + mistakes.size() + " stopped with exit 2 and the fix"
        + " (\"unknown setting NEWSBOT_DATA_DIRR; did you mean NEWSBOT_DATA_DIR?\"), no Java names, in "
        + String.join("/", times) + " ms; `index --help` prints its usage", "all stop with the fix", true);
  }
}
