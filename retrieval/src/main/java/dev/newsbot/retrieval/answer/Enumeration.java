package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.store.StoredArticle;
import dev.newsbot.retrieval.store.StoredParagraph;
import dev.newsbot.retrieval.text.Lexicon;
import dev.newsbot.retrieval.text.Numerals;
import dev.newsbot.retrieval.text.Sentences;
import dev.newsbot.retrieval.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a numbered list in an article ("一是…；二是…；三是…", "第一，…" paragraphs,
 * "（一）…", "首先…其次…"), found from one of its sentences: an item or the sentence that sets the
 * list up ("我有三点建议：", "需在三方面下功夫"). A question asking for a list is answered by all
 * its items, not by the one that repeats the question's words. Items next to each other in one
 * paragraph are one quote (the list as printed); items in paragraphs of their own are quoted by
 * their first sentence, the item's head. How items open is data ({@code zh/list-items.txt}).
 */
final class Enumeration {

  private static final List<Opener> OPENERS = openers();
  private static final Pattern SETUP = Lexicon.pattern("setup-words");
  private static final Pattern INNER_START = Pattern.compile("[:：]\\s*");
  /** Sentences of an item's own explanation between two item heads, at most. */
  private static final int MAX_GAP = 8;
  private static final String CLAUSE_ENDS = "，,；;：:、";

  private record Opener(int number, Pattern pattern) {}

  /** A sentence of the article: its span in the issue text, its paragraph, its item number (0: none). */
  private record Line(int start, int end, int paragraph, int number, boolean setsUp) {}

  private Enumeration() {}

  /** A span to quote: offsets in the issue text and its whitespace-normalised text. */
  record Span(int start, int end, String text) {}

  /**
   * The quotes for the list that {@code anchor} belongs to or sets up, in reading order, at most
   * {@code maxTotal} characters in all; empty when it is in no list of two items or more.
   */
  static List<Candidate> around(Candidate anchor, int maxQuote, int maxTotal) {
    StoredArticle article = anchor.chunk().article();
    return spans(article.issue().text(), article.paragraphs(), anchor.start(), maxQuote, maxTotal).stream()
        .map(s -> new Candidate(anchor.chunk(), anchor.hitRank(), s.start(), s.end(), s.text(), anchor.score(),
            anchor.coverage(), null, null, anchor.fit()))
        .toList();
  }

  /**
   * The spans to quote for the list that the sentence at offset {@code at} of {@code text} belongs
   * to or sets up, among the article's {@code paragraphs}; empty when there is none.
   */
  static List<Span> spans(String text, List<StoredParagraph> paragraphs, int at, int maxQuote, int maxTotal) {
    List<Line> lines = lines(paragraphs, text);
    int here = -1;
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).start() <= at && at < lines.get(k).end()) {
        here = k;
        break;
      }
    }
    if (here < 0) {
      return List.of();
    }
    int first = firstItem(lines, here);
    if (first < 0) {
      return List.of();
    }
    List<Integer> items = new ArrayList<>();
    items.add(first);
    int expected = lines.get(first).number() + 1;
    int gap = 0;
    for (int k = first + 1; k < lines.size() && gap <= MAX_GAP; k++) {
      int n = lines.get(k).number();
      if (n == expected) {
        items.add(k);
        expected++;
        gap = 0;
      } else if (n > 0) {
        break;
      } else {
        gap++;
      }
    }
    return items.size() < 2 ? List.of() : quotes(text, lines, items, maxQuote, maxTotal);
  }

  /** The first item of the list the line at {@code at} is in or sets up, or -1. */
  private static int firstItem(List<Line> lines, int at) {
    Line line = lines.get(at);
    if (line.number() == 0) {
      if (!line.setsUp()) {
        return -1;
      }
      for (int k = at + 1; k < Math.min(lines.size(), at + 3); k++) {
        if (lines.get(k).number() == 1) {
          return k;
        }
      }
      return -1;
    }
    int expected = line.number() - 1;
    int found = at;
    int gap = 0;
    for (int k = at - 1; k >= 0 && expected > 0 && gap <= MAX_GAP; k--) {
      int n = lines.get(k).number();
      if (n == expected) {
        found = k;
        expected--;
        gap = 0;
      } else if (n > 0) {
        break;
      } else {
        gap++;
      }
    }
    return lines.get(found).number() == 1 ? found : -1;
  }

  /** The quotes: runs of adjacent item sentences in one paragraph as one span, the rest one each. */
  private static List<Span> quotes(String text, List<Line> lines, List<Integer> items, int maxQuote,
      int maxTotal) {
    List<Span> out = new ArrayList<>();
    int total = 0;
    int k = 0;
    while (k < items.size()) {
      Line from = lines.get(items.get(k));
      int start = from.start();
      int end = clipHead(text, from.start(), from.end(), maxQuote);
      int j = k + 1;
      while (j < items.size() && items.get(j) == items.get(j - 1) + 1
          && lines.get(items.get(j)).paragraph() == from.paragraph()) {
        Line next = lines.get(items.get(j));
        int nextEnd = clipHead(text, next.start(), next.end(), maxQuote);
        if (total + normalizedLength(text, start, nextEnd) > maxTotal || nextEnd < next.end()) {
          break;
        }
        end = nextEnd;
        j++;
      }
      String quote = Whitespace.normalize(text.substring(start, end));
      if (total + quote.length() > maxTotal) {
        break;
      }
      total += quote.length();
      out.add(new Span(start, end, quote));
      k = j;
    }
    return out.size() < 2 && out.stream().noneMatch(c -> itemsIn(c.text()) >= 2) ? List.of() : out;
  }

  private static int itemsIn(String quote) {
    int n = 0;
    for (Sentences.Span s : Sentences.split(quote)) {
      n += number(quote.substring(s.start(), s.end())) > 0 ? 1 : 0;
    }
    return n;
  }

  /** Where a sentence longer than {@code max} characters is cut: after its last clause that fits. */
  private static int clipHead(String text, int start, int end, int max) {
    if (normalizedLength(text, start, end) <= max) {
      return end;
    }
    int cut = -1;
    for (int k = start; k < end && normalizedLength(text, start, k + 1) <= max; k++) {
      if (CLAUSE_ENDS.indexOf(text.charAt(k)) >= 0) {
        cut = k + 1;
      }
    }
    return cut > start ? cut : end;
  }

  private static int normalizedLength(String text, int start, int end) {
    return Whitespace.normalize(text.substring(start, end)).length();
  }

  private static List<Line> lines(List<StoredParagraph> paragraphs, String text) {
    List<Line> out = new ArrayList<>();
    for (StoredParagraph p : paragraphs) {
      if (!p.kind().searchable()) {
        continue;
      }
      int from = p.start() + SentencePicker.leadLength(text.substring(p.start(), p.end()));
      String raw = text.substring(from, p.end());
      for (Sentences.Span s : Sentences.split(raw)) {
        String sentence = Whitespace.normalize(raw.substring(s.start(), s.end()));
        out.add(new Line(from + s.start(), from + s.end(), p.n(), number(sentence),
            SETUP.matcher(sentence).find()));
      }
    }
    return out;
  }

  /**
   * The item number a sentence opens with, or that follows its set-up ("我有三点建议:一是…"), or 0.
   */
  static int number(String sentence) {
    int n = openingNumber(sentence);
    if (n > 0) {
      return n;
    }
    Matcher colon = INNER_START.matcher(sentence);
    while (colon.find()) {
      int inner = openingNumber(sentence.substring(colon.end()));
      if (inner > 0) {
        return inner;
      }
    }
    return 0;
  }

  private static int openingNumber(String s) {
    for (Opener o : OPENERS) {
      Matcher m = o.pattern().matcher(s);
      if (m.find()) {
        return o.number() > 0 ? o.number() : Math.max(0, Numerals.parse(m.group(1)));
      }
    }
    return 0;
  }

  private static List<Opener> openers() {
    List<Opener> out = new ArrayList<>();
    for (String line : Lexicon.zh("list-items")) {
      int eq = line.indexOf(" = ");
      if (eq < 0) {
        throw new IllegalStateException("zh/list-items.txt: not a \"number = expression\" rule: " + line);
      }
      String name = line.substring(0, eq).strip();
      out.add(new Opener(name.equals("n") ? 0 : Integer.parseInt(name), Pattern.compile(line.substring(eq + 3)
          .strip())));
    }
    return out;
  }
}
