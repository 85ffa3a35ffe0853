package dev.newsbot.retrieval.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Word lists of a language, kept as resource files beside the code (as Lucene keeps an analyzer's
 * stop words): {@code zh/surnames.txt} and the like, one entry a line, {@code #} starting a
 * comment. General language only: nothing about one paper's people or places.
 */
public final class Lexicon {

  private static final Map<String, List<String>> LISTS = new ConcurrentHashMap<>();

  private Lexicon() {}

  /** The entries of {@code zh/<name>.txt}, in file order. */
  public static List<String> zh(String name) {
    return LISTS.computeIfAbsent("zh/" + name + ".txt", Lexicon::load);
  }

  /** The entries of {@code en/<name>.txt}, in file order. */
  public static List<String> en(String name) {
    return LISTS.computeIfAbsent("en/" + name + ".txt", Lexicon::load);
  }

  /** The entries of {@code zh/<name>.txt} as one alternation, longest first ("全媒体记者|记者|…"). */
  public static String alternation(String name) {
    List<String> sorted = new ArrayList<>(zh(name));
    sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
    StringBuilder sb = new StringBuilder();
    for (String s : sorted) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(s));
    }
    return sb.toString();
  }

  /** The entries of {@code zh/<name>.txt}, each a regular expression, as one case-blind pattern. */
  public static Pattern pattern(String name) {
    return Pattern.compile(String.join("|", zh(name).stream().map(e -> "(?:" + e + ")").toList()),
        Pattern.CASE_INSENSITIVE);
  }

  /**
   * The expression named {@code name} in a rules file {@code zh/<file>.txt} of "name = expression"
   * lines, compiled case-blind.
   *
   * @throws IllegalStateException when the file has no such rule (a broken jar)
   */
  public static Pattern rule(String file, String name) {
    List<String> values = rules(file, name);
    if (values.size() != 1) {
      throw new IllegalStateException("zh/" + file + ".txt has " + values.size() + " rules named " + name
          + ", not one");
    }
    return Pattern.compile(values.get(0), Pattern.CASE_INSENSITIVE);
  }

  /** Every expression named {@code name} in a rules file, in file order, as text. */
  public static List<String> rules(String file, String name) {
    List<String> out = new ArrayList<>();
    for (String line : zh(file)) {
      int eq = line.indexOf(" = ");
      if (eq > 0 && line.substring(0, eq).strip().equals(name)) {
        out.add(line.substring(eq + 3).strip());
      }
    }
    return out;
  }

  /** The single characters of {@code zh/<name>.txt} joined into one string (for a character class). */
  public static String characters(String name) {
    StringBuilder sb = new StringBuilder();
    for (String s : zh(name)) {
      if (s.codePointCount(0, s.length()) == 1) {
        sb.append(s);
      }
    }
    return sb.toString();
  }

  private static List<String> load(String resource) {
    InputStream in = Lexicon.class.getResourceAsStream("/dev/newsbot/retrieval/" + resource);
    if (in == null) {
      throw new IllegalStateException("word list " + resource + " is missing from the jar");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return List.copyOf(out);
  }
}
