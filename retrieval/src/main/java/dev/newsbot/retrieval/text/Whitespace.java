package dev.newsbot.retrieval.text;

/**
 * Normalises the whitespace that PDF extraction leaves inside Chinese text: any run of
 * whitespace next to a CJK character or CJK punctuation disappears, other runs become one space.
 */
public final class Whitespace {

  private Whitespace() {}

  public static String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < n && isSpace(text.charAt(j))) {
        j++;
      }
      boolean atEdge = out.length() == 0 || j == n;
      boolean besideCjk = !atEdge && (isWide(out.charAt(out.length() - 1)) || isWide(text.charAt(j)));
      if (!atEdge && !besideCjk) {
        out.append(' ');
      }
      i = j;
    }
    return out.toString();
  }

  /** True for whitespace including the ideographic space and no-break space. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B';
  }

  /** True for CJK ideographs and the wide punctuation used around them. */
  public static boolean isWide(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return Character.isIdeographic(c)
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION;
  }
}
