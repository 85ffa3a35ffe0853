package dev.newsbot.bot.messages;

import com.ibm.icu.text.Transliterator;

/**
 * The bot's own words in Traditional characters, for readers whose Telegram is set to zh-Hant
 * (zh-TW, zh-HK, zh-MO): the Chinese catalog converted by ICU's Simplified-Traditional
 * transliterator (CLDR data), so the two never drift apart. Quotes of the paper are never
 * converted: they stay verbatim.
 */
public final class Traditional {

  private static final ThreadLocal<Transliterator> HANS_HANT =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Hans-Hant"));

  private static final ThreadLocal<Transliterator> HANT_HANS =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));

  private Traditional() {}

  /** {@code simplified} in Traditional characters. */
  public static String of(String simplified) {
    return HANS_HANT.get().transliterate(simplified);
  }

  /**
   * {@code text} with the words outside “quotes” and 《headlines》 in Traditional characters: the
   * bot's words around what it quotes; the quotes and headlines stay verbatim.
   */
  public static String outsideQuotes(String text) {
    StringBuilder out = new StringBuilder(text.length());
    StringBuilder own = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '“' || ch == '《') {
        if (depth == 0) {
          out.append(of(own.toString()));
          own.setLength(0);
        }
        depth++;
        out.append(ch);
      } else if ((ch == '”' || ch == '》') && depth > 0) {
        depth--;
        out.append(ch);
      } else if (depth > 0) {
        out.append(ch);
      } else {
        own.append(ch);
      }
    }
    return out.append(of(own.toString())).toString();
  }

  /** True when {@code text} is written in Traditional characters (it has some Simplified lacks). */
  public static boolean isWritten(String text) {
    return !HANT_HANS.get().transliterate(text).equals(text);
  }

  /** True for a Telegram language_code of Traditional Chinese: zh-hant, zh-tw, zh-hk, zh-mo. */
  public static boolean isTraditional(String languageCode) {
    if (languageCode == null) {
      return false;
    }
    String c = languageCode.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return c.startsWith("zh-hant") || c.equals("zh-tw") || c.equals("zh-hk") || c.equals("zh-mo");
  }
}
