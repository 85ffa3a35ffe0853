package dev.newsbot.retrieval.pdf;

import dev.newsbot.retrieval.text.Lexicon;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether text read from a PDF is Chinese a reader can read: fonts that map their glyphs to no
 * Unicode give symbols, Latin letters or rare characters in its place, so the share of common
 * Chinese characters, digits and punctuation among its characters tells garbled from readable.
 */
final class Readability {

  /** Newspaper text scores above 0.8; text from fonts without a Unicode map scores near 0. */
  static final double READABLE = 0.5;
  private static final String PUNCTUATION = "，。、“”‘’：；！？（）《》—…·-,.:;()\"'%/〇";
  private static final Set<Integer> COMMON = String.join("", Lexicon.zh("common-characters")).codePoints()
      .boxed().collect(Collectors.toUnmodifiableSet());

  private Readability() {}

  /** The share of the text's non-space characters that are common Chinese, digits or punctuation. */
  static double score(CharSequence text) {
    int all = 0;
    int common = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isWhitespace(c)) {
        continue;
      }
      all++;
      if (COMMON.contains((int) c) || c >= '0' && c <= '9' || PUNCTUATION.indexOf(c) >= 0) {
        common++;
      }
    }
    return all == 0 ? 0 : (double) common / all;
  }
}
