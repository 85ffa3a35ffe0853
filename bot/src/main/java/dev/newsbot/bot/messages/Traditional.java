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

  private Traditional() {}

  /** {@code simplified} in Traditional characters. */
  public static String of(String simplified) {
    return HANS_HANT.get().transliterate(simplified);
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
