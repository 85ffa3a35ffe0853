package dev.newsbot.retrieval.search;

import com.ibm.icu.text.Transliterator;
import dev.newsbot.retrieval.ingest.Whitespace;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching, never for display: full-width forms to half-width (NFKC), Traditional
 * characters to Simplified, lower case, and whitespace inside Chinese text removed. Quotes are
 * always taken from the original text; folding only decides what matches.
 */
public final class Folding {

  private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  private Folding() {}

  public static String fold(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String simplified = hasHan(nfkc) ? TO_SIMPLIFIED.get().transliterate(nfkc) : nfkc;
    return Whitespace.normalize(simplified.toLowerCase(Locale.ROOT));
  }

  private static boolean hasHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isIdeographic(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
