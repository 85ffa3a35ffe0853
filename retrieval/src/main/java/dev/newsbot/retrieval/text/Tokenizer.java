package dev.newsbot.retrieval.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts folded text into the terms of the lexical index: overlapping bigrams of Chinese
 * characters, with a run of digits or Latin letters counting as one unit ("3月", "月8", "8日"),
 * plus every Latin word and number on its own. A lone Chinese character between punctuation is a
 * term of its own. Terms hold only letters and digits, so they are safe inside an FTS5 string.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** The terms of already folded text, in order, with repeats. */
  public static List<String> terms(String folded) {
    List<String> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int i = 0;
    int n = folded.length();
    while (i < n) {
      char c = folded.charAt(i);
      if (Character.isIdeographic(c)) {
        run.add(String.valueOf(c));
        i++;
      } else if (isAsciiAlnum(c)) {
        int j = i;
        boolean digits = Character.isDigit(c);
        while (j < n && isAsciiAlnum(folded.charAt(j)) && Character.isDigit(folded.charAt(j)) == digits) {
          j++;
        }
        String word = folded.substring(i, j);
        out.add(word);
        run.add(word);
        i = j;
      } else {
        flush(run, out);
        i++;
      }
    }
    flush(run, out);
    return out;
  }

  /**
   * What the lexical index holds for a passage: its terms and its single characters, separated by
   * spaces. Characters let "挖开" find "开挖"; measured on the dev set they raise lexical hit@1 from
   * 0.70 to 0.75.
   */
  public static String indexTerms(String folded) {
    return String.join(" ", terms(folded)) + " " + String.join(" ", characters(folded));
  }

  /** Every Chinese character of folded text on its own: a looser match for words said in another order. */
  public static List<String> characters(String folded) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < folded.length(); i++) {
      if (Character.isIdeographic(folded.charAt(i))) {
        out.add(String.valueOf(folded.charAt(i)));
      }
    }
    return out;
  }

  /** The distinct terms of raw text, folded first. */
  public static Set<String> distinctTerms(String raw) {
    return new LinkedHashSet<>(terms(Folding.fold(raw)));
  }

  private static void flush(List<String> run, List<String> out) {
    if (run.size() == 1 && Character.isIdeographic(run.get(0).charAt(0))) {
      out.add(run.get(0));
    }
    for (int k = 0; k + 1 < run.size(); k++) {
      out.add(run.get(k) + run.get(k + 1));
    }
    run.clear();
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }
}
