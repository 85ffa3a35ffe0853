package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Lexicon;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thing whose name a question asks for ("哪个APP", "账号叫什么名字", zh/named-things.txt). A
 * text names it with a name in quotes or brackets, in Latin letters, or ending like the thing
 * ("某省人才网"); when the text speaks of the thing itself, the name must stand beside that
 * word: a title of a play three clauses before "账号粉丝已超过15万" names no account.
 */
final class NamedThing {

  private static final List<String[]> THINGS = Lexicon.zh("named-things").stream().map(l -> l.split("\t")).toList();
  private static final String THING_WORDS = String.join("|",
      THINGS.stream().map(t -> Pattern.quote(t[0])).sorted((a, b) -> b.length() - a.length()).toList());
  private static final Pattern ASKED = Pattern.compile(
      "(?:哪个|哪一个|什么|啥)\\s*(" + THING_WORDS + ")|(" + THING_WORDS + ")[^，,。？?]{0,4}(?:叫什么|叫啥|名字|名称|是什么)");
  private static final Pattern A_NAME = Pattern.compile(
      "“[^”]{2,24}”|《[^》]{2,24}》|\"[^\"]{2,24}\"|「[^」]{2,24}」|[A-Za-z][A-Za-z0-9]{1,}");
  /** How far from the thing's word (in characters) its name may stand. */
  private static final int BESIDE = 6;

  private NamedThing() {}

  /** The thing whose name the folded question asks for, or null. */
  static String asked(String foldedQuestion) {
    Matcher t = ASKED.matcher(foldedQuestion);
    return t.find() ? (t.group(1) != null ? t.group(1) : t.group(2)) : null;
  }

  /** Whether the folded text names the thing: anywhere when it never says the thing's word, else beside it. */
  static boolean named(String foldedText, String thing) {
    if (endsLikeThing(foldedText, thing)) {
      return true;
    }
    String lower = foldedText.toLowerCase(java.util.Locale.ROOT);
    String word = thing.toLowerCase(java.util.Locale.ROOT);
    Matcher name = A_NAME.matcher(foldedText);
    if (lower.indexOf(word) < 0) {
      return name.find();
    }
    while (name.find()) {
      if (name.group().equalsIgnoreCase(thing)) {
        continue;
      }
      int from = Math.max(0, name.start() - BESIDE - word.length());
      int to = Math.min(lower.length(), name.end() + BESIDE + word.length());
      if (lower.substring(from, to).contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A name ending like the thing: "某省人才网" for a 网站. */
  private static boolean endsLikeThing(String text, String thing) {
    for (String[] t : THINGS) {
      if (t[0].equals(thing) && t.length > 1
          && Pattern.compile("[\\p{IsHan}A-Za-z]{2,12}(?:" + t[1] + ")").matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
