package dev.newsbot.retrieval.search;

import com.ibm.icu.text.Transliterator;
import dev.newsbot.retrieval.store.Corpus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Place and person names an English question writes in pinyin ("Xuetangchong", "Hetang") matched
 * to the characters the index holds for them (学堂冲, 荷塘): the word is cut into syllables, each
 * syllable stands for the indexed characters read that way, and only runs whose every bigram is in
 * the index are kept. Readings come from ICU's Han-Latin transliterator (one reading a character).
 */
final class PinyinNames {

  /** Longer words are not tried: the number of readings to combine grows with every syllable. */
  static final int MAX_SYLLABLES = 5;

  private static final Transliterator TO_PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");

  /** Readings of the last snapshot asked about; a new snapshot (after indexing) replaces it. */
  private static volatile Readings last;

  private record Readings(Corpus corpus, Map<String, List<String>> characters) {}

  private PinyinNames() {}

  /** The indexed Chinese for a pinyin word (lower case, letters only), the most common if several; null if none. */
  static String chinese(String word, Corpus corpus) {
    Map<String, List<String>> readings = readings(corpus);
    String best = null;
    int bestDocs = 0;
    for (List<String> syllables : segmentations(word, readings)) {
      for (String candidate : runs(syllables, readings, corpus)) {
        int docs = Query.rarestTermDocs(candidate, corpus);
        if (docs > bestDocs) {
          best = candidate;
          bestDocs = docs;
        }
      }
    }
    return best;
  }

  /**
   * Ways to cut the word into two or more syllables of two letters or more (a, e, o alone would
   * let half of English through) that some indexed character is read as.
   */
  private static List<List<String>> segmentations(String word, Map<String, List<String>> readings) {
    List<List<String>> out = new ArrayList<>();
    cut(word, 0, new ArrayList<>(), readings, out);
    return out;
  }

  private static void cut(String word, int from, List<String> sofar, Map<String, List<String>> readings,
      List<List<String>> out) {
    if (from == word.length()) {
      if (sofar.size() >= 2) {
        out.add(List.copyOf(sofar));
      }
      return;
    }
    if (sofar.size() == MAX_SYLLABLES) {
      return;
    }
    for (int to = Math.min(word.length(), from + 6); to >= from + 2; to--) {
      String syllable = word.substring(from, to);
      if (readings.containsKey(syllable)) {
        sofar.add(syllable);
        cut(word, to, sofar, readings, out);
        sofar.remove(sofar.size() - 1);
      }
    }
  }

  /** Character runs for the syllables whose every adjacent pair is an indexed bigram. */
  private static List<String> runs(List<String> syllables, Map<String, List<String>> readings, Corpus corpus) {
    List<String> runs = new ArrayList<>(readings.get(syllables.get(0)));
    for (String syllable : syllables.subList(1, syllables.size())) {
      List<String> longer = new ArrayList<>();
      for (String run : runs) {
        String lastChar = run.substring(run.length() - 1);
        for (String c : readings.get(syllable)) {
          if (corpus.docs(lastChar + c) > 0) {
            longer.add(run + c);
          }
        }
      }
      runs = longer;
    }
    return runs;
  }

  /** Reading → the indexed single characters read that way; computed once per snapshot. */
  private static Map<String, List<String>> readings(Corpus corpus) {
    Readings r = last;
    if (r != null && r.corpus() == corpus) {
      return r.characters();
    }
    Map<String, List<String>> characters = new HashMap<>();
    synchronized (TO_PINYIN) {
      for (String term : corpus.termDocs().keySet()) {
        if (term.length() == 1 && Character.isIdeographic(term.charAt(0))) {
          String reading = TO_PINYIN.transliterate(term).trim();
          if (!reading.isEmpty() && reading.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
            characters.computeIfAbsent(reading, k -> new ArrayList<>()).add(term);
          }
        }
      }
    }
    last = new Readings(corpus, characters);
    return characters;
  }
}
