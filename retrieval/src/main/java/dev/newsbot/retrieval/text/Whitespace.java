package dev.newsbot.retrieval.text;

import dev.newsbot.retrieval.text.Names;
import java.util.regex.Pattern;

/**
 * Normalises the whitespace that PDF extraction leaves inside Chinese text: a run of whitespace
 * next to a CJK character or CJK punctuation disappears, other runs become one space. The space
 * between two names of a credit stays ("通讯员/易芳 全媒体记者/邓雅", "沈全华 齐卫国", "市委党校 易理"):
 * without it the names run together.
 */
public final class Whitespace {

  private static final String NAME_BREAKS = "/／:：(（)）、 ";
  private static final Pattern ROLE = Pattern.compile(
      "(?:[\\p{IsHan}]{0,8}?(?:日报|报))?(?:全媒体|融媒体|首席|特约|见习|实习|摄影)?(?:记者|通讯员|实习生)");

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
      boolean lineBreak = false;
      while (j < n && isSpace(text.charAt(j))) {
        lineBreak |= text.charAt(j) == '\n' || text.charAt(j) == '\r';
        j++;
      }
      boolean atEdge = out.length() == 0 || j == n;
      boolean besideCjk = !atEdge && (isWide(out.charAt(out.length() - 1)) || isWide(text.charAt(j)));
      if (!atEdge && (!besideCjk || betweenNames(out, text, j, lineBreak))) {
        out.append(' ');
      }
      i = j;
    }
    return out.toString();
  }

  /**
   * Whether the space before {@code text[next]} parts a name from what follows in a credit: the run
   * before it (back to a slash, colon or bracket) is a name and so is the run after it, or a role
   * follows ("易芳 全媒体记者", also across a line break); or a unit and a name end the text on one
   * line ("市委党校 易理").
   */
  private static boolean betweenNames(CharSequence before, CharSequence text, int next, boolean lineBreak) {
    int from = before.length();
    while (from > 0 && NAME_BREAKS.indexOf(before.charAt(from - 1)) < 0) {
      from--;
    }
    String left = before.subSequence(from, before.length()).toString();
    int to = next;
    while (to < text.length() && NAME_BREAKS.indexOf(text.charAt(to)) < 0 && !isSpace(text.charAt(to))) {
      to++;
    }
    String right = text.subSequence(next, to).toString();
    boolean nameRight = Names.isName(right) || (right.endsWith("摄") && Names.isName(right.substring(0, right.length() - 1)));
    if (ROLE.matcher(left).matches() && nameRight) {
      return true; // "记者 蒲思远"
    }
    if (Names.isName(left)) {
      return nameRight || right.matches("(全媒体|融媒体|首席|特约|见习|实习|摄影)?(记者|通讯员|实习生).*|摄|文/图|图/文");
    }
    boolean unitBefore = from == 0 && left.length() <= 20 && left.codePoints().allMatch(Character::isIdeographic);
    return !lineBreak && unitBefore && nameRight && restIsBlank(text, to);
  }

  private static boolean restIsBlank(CharSequence text, int from) {
    for (int k = from; k < text.length(); k++) {
      if (!isSpace(text.charAt(k))) {
        return false;
      }
    }
    return true;
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
