package dev.newsbot.retrieval.text;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching, never for display: full-width forms to half-width (NFKC), Traditional
 * characters to Simplified, lower case, and whitespace inside Chinese text removed. Quotes are
 * always taken from the original text; folding only decides what matches.
 *
 * <p>ICU's Traditional-Simplified transliterator costs about 200 µs per 300 characters, and an
 * answer folds dozens of sentences; so its one-character mappings are read once into a table
 * (about 0.2 s at first use) and applied by lookup.
 */
public final class Folding {

  private static final char FIRST = '\u3400';
  private static final char LAST = '\u9FFF';

  private Folding() {}

  /** Traditional → Simplified for every CJK character whose mapping is one character. */
  private static final class Table {
    static final char[] SIMPLIFIED = build();

    private static char[] build() {
      Transliterator t = Transliterator.getInstance("Traditional-Simplified");
      char[] table = new char[LAST - FIRST + 1];
      for (char c = FIRST; c <= LAST; c++) {
        String s = t.transliterate(String.valueOf(c));
        table[c - FIRST] = s.length() == 1 ? s.charAt(0) : c;
      }
      return table;
    }
  }

  /**
   * Traditional characters as Simplified and nothing else: for a question the Chinese embedding
   * model reads (it learnt Simplified text; case and widths it handles itself).
   */
  public static String simplified(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= FIRST && c <= LAST) {
        chars[i] = Table.SIMPLIFIED[c - FIRST];
      }
    }
    return new String(chars);
  }

  public static String fold(String text) {
    String nfkc = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFKC);
    char[] chars = nfkc.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= FIRST && c <= LAST) {
        chars[i] = Table.SIMPLIFIED[c - FIRST];
      } else if (c < 128) {
        chars[i] = Character.toLowerCase(c);
      }
    }
    String simplified = new String(chars);
    return Whitespace.normalize(hasUpperCase(simplified) ? simplified.toLowerCase(Locale.ROOT) : simplified);
  }

  private static boolean hasUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
