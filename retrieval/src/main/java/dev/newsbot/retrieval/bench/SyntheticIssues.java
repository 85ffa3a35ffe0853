package dev.newsbot.retrieval.bench;

import dev.newsbot.retrieval.text.Sentences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes synthetic issue files for benchmarks at a scale no paper archive here reaches. Text is
 * drawn from a character-bigram model of the seed issues, so its bigram distribution is the
 * paper's; sentence lengths and paragraph sizes are sampled from the seeds too. The files have
 * the layout of real issues (headlines, a lead byline, blank-line paragraphs) and go through
 * the real parser, chunker and store.
 */
final class SyntheticIssues {

  private static final char END = '。';

  private final Map<Character, Successors> model = new HashMap<>();
  private final List<Integer> sentenceLengths = new ArrayList<>();
  private final List<Character> starts = new ArrayList<>();
  private final Random random;

  /** Cumulative successor counts of one character. */
  private static final class Successors {
    final List<Character> next = new ArrayList<>();
    final List<Integer> cumulative = new ArrayList<>();
    final Map<Character, Integer> counts = new HashMap<>();

    void add(char c) {
      counts.merge(c, 1, Integer::sum);
    }

    void freeze() {
      int sum = 0;
      for (var e : counts.entrySet()) {
        sum += e.getValue();
        next.add(e.getKey());
        cumulative.add(sum);
      }
    }

    char pick(Random random) {
      int r = random.nextInt(cumulative.get(cumulative.size() - 1));
      int lo = 0;
      int hi = cumulative.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative.get(mid) > r) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return next.get(lo);
    }
  }

  /** Learns the model from the issue files in {@code seeds}. */
  SyntheticIssues(Path seeds, long seed) throws IOException {
    this.random = new Random(seed);
    try (var files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
          String text = line.strip();
          if (text.length() < 20 || text.startsWith("#")) {
            continue;
          }
          for (Sentences.Span s : Sentences.split(text)) {
            learn(text.substring(s.start(), s.end()));
          }
        }
      }
    }
    model.values().forEach(Successors::freeze);
  }

  private void learn(String sentence) {
    String s = sentence.replaceAll("\\s+", "");
    if (s.length() < 6) {
      return;
    }
    sentenceLengths.add(s.length());
    starts.add(s.charAt(0));
    for (int i = 0; i + 1 < s.length(); i++) {
      model.computeIfAbsent(s.charAt(i), k -> new Successors()).add(s.charAt(i + 1));
    }
    model.computeIfAbsent(s.charAt(s.length() - 1), k -> new Successors()).add(END);
  }

  /** One sentence of a length drawn from the seeds'. */
  String sentence() {
    int length = sentenceLengths.get(random.nextInt(sentenceLengths.size()));
    StringBuilder sb = new StringBuilder(length + 1);
    char c = starts.get(random.nextInt(starts.size()));
    sb.append(c);
    while (sb.length() < length) {
      Successors next = model.get(c);
      c = next == null || next.next.isEmpty() ? starts.get(random.nextInt(starts.size())) : next.pick(random);
      if (c != END) {
        sb.append(c);
      }
    }
    return sb.append(END).toString();
  }

  /** One issue of about {@code passages} passages (a passage is one paragraph of 1–4 sentences). */
  String issue(int passages, int number) {
    StringBuilder sb = new StringBuilder();
    int written = 0;
    int article = 0;
    while (written < passages) {
      article++;
      String title = sentence();
      sb.append("## ").append(title, 0, Math.min(title.length() - 1, 18)).append("\n\n");
      sb.append("株洲日报讯(全媒体记者/合成") .append(number).append(") ").append(sentence()).append("\n\n");
      int paragraphs = 3 + random.nextInt(8);
      for (int p = 0; p < paragraphs && written < passages; p++) {
        int sentences = 1 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
          sb.append(sentence());
        }
        sb.append("\n\n");
        written++;
      }
    }
    return sb.toString();
  }

  /**
   * Writes issue files of {@code perIssue} passages until about {@code total} passages exist,
   * named {@code synthetic_<date>.txt} from 2014-01-01 on, one a day.
   */
  List<Path> write(Path folder, int total, int perIssue) throws IOException {
    Files.createDirectories(folder);
    List<Path> out = new ArrayList<>();
    java.time.LocalDate day = java.time.LocalDate.of(2014, 1, 1);
    for (int n = 0; n * perIssue < total; n++, day = day.plusDays(1)) {
      Path f = folder.resolve("synthetic_" + day + ".txt");
      Files.writeString(f, issue(perIssue, n), StandardCharsets.UTF_8);
      out.add(f);
    }
    return out;
  }
}
