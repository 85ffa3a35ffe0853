package dev.newsbot.bot.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Gathers the settings' texts from a properties file and the environment, with where each came
 * from, and what cannot be a setting: a file that is not there, an unknown key or variable (with
 * the known one it was probably meant to be).
 */
final class ConfigReader {

  private static final String PREFIX = "NEWSBOT_";

  private final Map<Setting, String> texts = new EnumMap<>(Setting.class);
  private final Map<Setting, String> origins = new EnumMap<>(Setting.class);
  private final List<String> problems = new ArrayList<>();

  void readFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new ConfigException(file + " is a folder, not a settings file: give --config the .properties file"
          + " itself, e.g. config/newsbot.properties");
    }
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("there is no settings file at " + file.toAbsolutePath() + ": check the path given"
          + " to --config, or leave --config out to use config/newsbot.properties");
    }
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot read " + file + " (" + e.getMessage()
          + "): fix the file or leave --config out");
    }
    Map<String, String> entries = new TreeMap<>();
    props.stringPropertyNames().forEach(k -> entries.put(k, props.getProperty(k)));
    entries.forEach((key, text) -> {
      Setting s = Setting.byKey(key);
      if (s == null) {
        problems.add(file + ": unknown setting '" + key + "'" + didYouMean(key, Setting::key));
      } else {
        put(s, text, "from " + file);
      }
    });
  }

  void readEnvironment(Map<String, String> env) {
    for (String name : new TreeMap<>(env).keySet()) {
      if (!name.startsWith(PREFIX)) {
        continue;
      }
      Setting s = Setting.byEnvName(name);
      if (s == null) {
        problems.add("unknown setting " + name + didYouMean(name, Setting::envName));
      } else {
        put(s, env.get(name), "from " + name + " in the environment");
      }
    }
  }

  private void put(Setting s, String text, String origin) {
    texts.put(s, text.strip());
    origins.put(s, origin);
  }

  /** "; did you mean X?" for the closest known name within a few typos, else the list of known names. */
  private static String didYouMean(String name, Function<Setting, String> nameOf) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Setting s : Setting.values()) {
      int d = distance(name, nameOf.apply(s));
      if (d < bestDistance) {
        best = nameOf.apply(s);
        bestDistance = d;
      }
    }
    if (best != null && bestDistance <= Math.max(2, best.length() / 4)) {
      return "; did you mean " + best + "?";
    }
    List<String> known = new ArrayList<>();
    for (Setting s : Setting.values()) {
      known.add(nameOf.apply(s));
    }
    return ": remove it, the known settings are " + String.join(", ", known);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int swap = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + swap);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  Map<Setting, String> texts() {
    return texts;
  }

  Map<Setting, String> origins() {
    return origins;
  }

  List<String> problems() {
    return problems;
  }
}
