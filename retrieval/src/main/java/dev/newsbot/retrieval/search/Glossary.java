package dev.newsbot.retrieval.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English words and phrases of questions about a Chinese city paper, each with the ways the
 * paper writes it ("resident" → 居民, 市民), read from {@code glossary.tsv} beside this class. It
 * lets an English question search Chinese text, which the Chinese embedding model maps only
 * loosely. Longer phrases win ("chamber of commerce" before "chamber"); plural and past endings
 * are stripped.
 */
final class Glossary {

  private static final Pattern WORD = Pattern.compile("[a-z]+(?:-[a-z]+)*");
  private static final Glossary DEFAULT = load("glossary.tsv");

  private final Map<String, List<String>> entries;
  private final int longest;

  Glossary(Map<String, List<String>> entries) {
    this.entries = entries;
    this.longest = entries.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  static Glossary english() {
    return DEFAULT;
  }

  /** The Chinese renderings of each word or phrase of folded English text found in the glossary, in order. */
  List<List<String>> lookup(String folded) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(folded.replace("'s", ""));
    while (m.find()) {
      words.add(m.group());
    }
    List<List<String>> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int n = Math.min(longest, words.size() - i); n >= 1 && matched == 0; n--) {
        List<String> found = find(words.subList(i, i + n));
        if (found != null) {
          out.add(found);
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
    return out;
  }

  /** The entry for a phrase as written, or with its last word's ending stripped. */
  private List<String> find(List<String> phrase) {
    String head = String.join(" ", phrase.subList(0, phrase.size() - 1));
    for (String last : baseForms(phrase.get(phrase.size() - 1))) {
      List<String> found = entries.get(head.isEmpty() ? last : head + " " + last);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The word, then what it may be without a plural, past or -ing ending. */
  static List<String> baseForms(String word) {
    List<String> forms = new ArrayList<>(List.of(word));
    String[][] endings = {{"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"ing", ""},
        {"ing", "e"}};
    for (String[] e : endings) {
      if (word.length() > e[0].length() + 2 && word.endsWith(e[0])) {
        forms.add(word.substring(0, word.length() - e[0].length()) + e[1]);
      }
    }
    return forms;
  }

  static Glossary load(String resource) {
    Map<String, List<String>> entries = new HashMap<>();
    try (InputStream in = Glossary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing beside " + Glossary.class.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0 && !line.startsWith("#")) {
          entries.put(line.substring(0, tab).trim(), List.of(line.substring(tab + 1).trim().split("\\|")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Glossary(entries);
  }
}
