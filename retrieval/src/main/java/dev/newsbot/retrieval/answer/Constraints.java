package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question pins its fact to, besides its subject: a year ("2022年…加装了多少台"), a place in
 * an order ("第一批老字号"), an end of a range ("最便宜的票"), a name of a thing ("哪个APP", "账号叫
 * 什么"), a body by name ("哪家公司在办"). A text about the subject that gives the fact for another
 * year, another batch, the other end or no name at all does not answer it: the near misses a
 * reader meets most. The words are lists under zh/ (general Chinese, nothing of one paper).
 */
final class Constraints {

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final String NUMERAL = "[一二三四五六七八九十两0-9]+";
  private static final Pattern ORDINAL = Pattern.compile(
      "(?:第\\s*(" + NUMERAL + ")|(首))\\s*(" + Lexicon.alternation("ordinal-units") + ")");
  /** Each line's two ends of a range, each a list of words. */
  private static final List<String[][]> SUPERLATIVES = Lexicon.zh("superlatives").stream()
      .map(line -> line.split("\\|")).filter(ends -> ends.length == 2)
      .map(ends -> new String[][] {ends[0].strip().split("\\s+"), ends[1].strip().split("\\s+")}).toList();
  private static final Pattern ASKS_BODY = Pattern.compile(
      "(?:哪家|哪个|哪一家|什么)\\s*([\\p{IsHan}]{0,4}?)(" + Lexicon.alternation("organisations") + ")");
  private static final Pattern A_BODY = Pattern.compile(
      "([\\p{IsHan}A-Za-z]{2,16}?)(" + Lexicon.alternation("organisations") + ")");
  private static final List<String> DETERMINERS = Lexicon.zh("determiners");
  /** "几点发车", "什么时间开门": a time of day. */
  private static final Pattern ASKS_CLOCK = Pattern.compile("几点|几时|what time");
  private static final Pattern A_CLOCK = Pattern.compile("\\d{1,2}\\s*[:：]\\s*\\d{2}|\\d{1,2}\\s*(?:点|时)|[上下中]午|早上|晚上|凌晨");
  /** "多少工程款", "补贴多少": money counted by its name, so an amount of money must be given. */
  private static final Pattern ASKS_MONEY_NOUN = Pattern.compile(
      "(?<!哪)(?:多少|几)[^，,。？?]{0,8}(?:" + Lexicon.alternation("money-nouns") + ")|(?:" + Lexicon.alternation("money-nouns")
          + ")[^，,。？?]{0,4}(?<!哪)(?:多少|几)|(?:how much|what is|what was|what's)[^?]{0,24}(?:"
          + Lexicon.alternation("money-nouns") + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern AN_AMOUNT = Pattern.compile(
      "[0-9一二三四五六七八九十百千万亿两.]+\\s*(?:余|多)?\\s*(?:万|亿|千)?\\s*(?:元|块钱)");
  private static final Pattern OFFICE = Pattern.compile("(" + Office.QUALIFIERS + ")?(" + Lexicon.alternation("offices") + ")");
  private static final Pattern ASKS_PLACE = Lexicon.pattern("asks-place");
  private static final Pattern A_PLACE = Pattern.compile(
      "[\\p{IsHan}0-9]{1,10}?(?:" + Lexicon.alternation("place-ends") + ")(?![\\p{IsHan}]{0,0}的)");
  private static final List<String> GENERIC_PLACES = Lexicon.zh("generic-places");
  private static final Pattern ASKS_CAUSE = Pattern.compile("原因|引起|起因|cause");
  private static final Pattern CAUSE = Pattern.compile("原因|因为|由于|因|导致|引起|造成|起因");
  private static final Pattern ASKS_RATE = Pattern.compile("[^，,。？?]率|比例|占比|百分之|percentage|\\brate\\b");
  private static final Pattern A_RATE = Pattern.compile("\\d\\s*(?:\\.\\d+)?\\s*%|百分之|[一二三四五六七八九十]成|\\d+\\s*成|个百分点");

  private final Integer year;
  private final Ordinal ordinal;
  /** The words of the end of a range the question asks for, and of the other end; or null. */
  private final String[][] superlative;
  private final String namedThing;
  private final boolean asksBody;
  /** The words between the question word and the body's kind ("燃气" in "哪家燃气公司"), or null. */
  private final String bodyModifier;
  private final boolean clock;
  private final boolean money;
  /** An office the question names without 副 or another qualifier ("经开区企业服务局局长的电话"), or null. */
  private final String head;

  private record Ordinal(int n, String unit) {}

  private Constraints(Integer year, Ordinal ordinal, String[][] superlative, String namedThing, boolean asksBody,
      String bodyModifier, boolean clock, boolean money, String head) {
    this.year = year;
    this.ordinal = ordinal;
    this.superlative = superlative;
    this.namedThing = namedThing;
    this.asksBody = asksBody;
    this.bodyModifier = bodyModifier;
    this.clock = clock;
    this.money = money;
    this.head = head;
  }

  static Constraints of(String foldedQuestion) {
    Matcher y = YEAR.matcher(foldedQuestion);
    Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
    Matcher o = ORDINAL.matcher(foldedQuestion);
    Ordinal ordinal = o.find() ? new Ordinal(o.group(2) != null ? 1 : number(o.group(1)), o.group(3)) : null;
    String[][] superlative = null;
    for (String[][] ends : SUPERLATIVES) {
      if (containsAny(foldedQuestion, ends[0])) {
        superlative = new String[][] {ends[0], ends[1]};
      } else if (containsAny(foldedQuestion, ends[1])) {
        superlative = new String[][] {ends[1], ends[0]};
      }
    }
    String thing = NamedThing.asked(foldedQuestion);
    Matcher b = ASKS_BODY.matcher(foldedQuestion);
    boolean body = b.find();
    String modifier = body && b.group(1).length() >= 2 ? b.group(1) : null;
    Matcher office = OFFICE.matcher(foldedQuestion);
    String head = null;
    while (office.find()) {
      if (office.group(1) == null) {
        head = office.group(2);
      }
    }
    return new Constraints(year, ordinal, superlative, thing, body, modifier, ASKS_CLOCK.matcher(foldedQuestion).find(),
        ASKS_MONEY_NOUN.matcher(foldedQuestion).find(), head);
  }

  /**
   * What a quote must hold for each slot of this kind the question asks and {@link #unfilledBy} or
   * {@link #violatedBy} checks: a cause ("啥原因"), a time of day ("几点"), a rate ("比例"), an amount of
   * money ("补贴多少"). The answer to such a question is often a sentence or two after the topic.
   */
  List<Predicate<String>> slotsAsked(String foldedQuestion) {
    List<Predicate<String>> out = new ArrayList<>();
    if (ASKS_CAUSE.matcher(foldedQuestion).find()) {
      out.add(t -> CAUSE.matcher(t).find());
    }
    if (clock) {
      out.add(t -> A_CLOCK.matcher(t).find());
    }
    if (ASKS_RATE.matcher(foldedQuestion).find()) {
      out.add(t -> A_RATE.matcher(t).find());
    }
    if (money) {
      out.add(t -> AN_AMOUNT.matcher(t).find());
    }
    return out;
  }

  /**
   * Why the sentences a reply would quote do not fill the slot asked for, or null: a place asked
   * ("在哪里办") or a body ("哪个乡镇卫生院") and none named in a quote about the question's subject
   * ({@code keys}, its rarest terms) that the question does not already name; a cause asked
   * ("什么原因引起的") and none given; a rate asked and no percentage given; a figure for the whole
   * city asked and the sentence holding the figure for a county or the country (or the other way
   * round).
   */
  String unfilledBy(List<String> foldedQuotes, String foldedQuestion, boolean figureAsked, Set<String> keys,
      String homeCity) {
    String all = String.join("\n", foldedQuotes);
    if (ASKS_PLACE.matcher(foldedQuestion).find() || asksBody) {
      boolean named = false;
      for (String q : foldedQuotes) {
        boolean about = keys.isEmpty() || keys.stream().anyMatch(q::contains);
        named |= about && (asksBody ? namesABody(q) : namesNewPlace(q, foldedQuestion, homeCity));
      }
      if (!named) {
        return asksBody ? "no body named about the subject" : "no place named";
      }
    }
    if (head != null) {
      for (String q : foldedQuotes) {
        boolean about = keys.isEmpty() || keys.stream().anyMatch(q::contains);
        if (about && onlyQualified(q)) {
          return "only a deputy or other " + head + " in the quote about the subject";
        }
      }
    }
    if (ASKS_CAUSE.matcher(foldedQuestion).find() && !CAUSE.matcher(all).find()) {
      return "no cause given";
    }
    if (ASKS_RATE.matcher(foldedQuestion).find() && !A_RATE.matcher(all).find()) {
      return "no rate given";
    }
    return figureAsked ? FigureScope.mismatch(foldedQuotes, foldedQuestion) : null;
  }

  /**
   * A place named that the question does not name: a run ending like a place ("白兔潭镇中心卫生院"),
   * cut after its last function character ("一座新的湿地公园" names "湿地公园"). The paper's own city
   * ({@code homeCity}, "株洲市" for 株洲日报; "" when unknown) is no answer to "在哪里": the whole paper
   * is there, and its name ends many a body's ("中车株洲所").
   */
  private static boolean namesNewPlace(String quote, String question, String homeCity) {
    String city = homeCity.endsWith("市") ? homeCity.substring(0, homeCity.length() - 1) : homeCity;
    Matcher m = A_PLACE.matcher(quote);
    while (m.find()) {
      String run = m.group();
      int cut = -1;
      for (int k = 0; k < run.length(); k++) {
        if (FUNCTION_CHARS.indexOf(run.charAt(k)) >= 0) {
          cut = k;
        }
      }
      String place = run.substring(cut + 1);
      boolean home = !city.isEmpty() && (place.endsWith(city) || place.endsWith(homeCity));
      if (place.length() >= 2 && !home && !question.contains(place) && GENERIC_PLACES.stream().noneMatch(place::endsWith)) {
        return true;
      }
    }
    return false;
  }

  /** Characters that part a place's name from the words before it ("迎来一座新的湿地公园"). */
  private static final String FUNCTION_CHARS = "的了是在将来有和与等一座个为把被向到从对过又也都就还这那其该";

  private static boolean containsAny(String text, String[] words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The text holds the asked office only qualified ("副局长", "执行会长"), never plain. */
  private boolean onlyQualified(String text) {
    return Pattern.compile("(?:" + Office.QUALIFIERS + ")" + Pattern.quote(head)).matcher(text).find()
        && !Pattern.compile("(?<!" + Office.QUALIFIERS + ")" + Pattern.quote(head)).matcher(text).find();
  }

  /** Why {@code foldedText} (the sentences about the subject) does not answer, or null when nothing pins it. */
  String violatedBy(String foldedText) {
    if (year != null) {
      List<Integer> years = new ArrayList<>();
      Matcher m = YEAR.matcher(foldedText);
      while (m.find()) {
        years.add(Integer.valueOf(m.group(1)));
      }
      if (!years.isEmpty() && !years.contains(year)) {
        return "another year";
      }
    }
    if (ordinal != null) {
      List<Integer> seen = new ArrayList<>();
      Matcher m = ORDINAL.matcher(foldedText);
      while (m.find()) {
        if (m.group(3).equals(ordinal.unit())) {
          seen.add(m.group(2) != null ? 1 : number(m.group(1)));
        }
      }
      if (!seen.isEmpty() && !seen.contains(ordinal.n())) {
        return "another " + ordinal.unit();
      }
    }
    if (superlative != null && containsAny(foldedText, superlative[1]) && !containsAny(foldedText, superlative[0])) {
      return "the other end";
    }
    if (namedThing != null && !NamedThing.named(foldedText, namedThing)) {
      return "no name of the " + namedThing;
    }
    if (asksBody && !namesABody(foldedText)) {
      return "no body named";
    }
    if (clock && !A_CLOCK.matcher(foldedText).find()) {
      return "no time of day";
    }
    if (money && !AN_AMOUNT.matcher(foldedText).find()) {
      return "no amount of money";
    }
    if (head != null && onlyQualified(foldedText)) {
      return "only a deputy or other " + head;
    }
    return null;
  }

  /**
   * A body named, not only described: a name ending like a body ("新奥燃气公司", "江苏师范大学"), or
   * like the question's words before its kind of body ("哪家燃气公司": "新奥燃气"), with no
   * "一家", "本地" or "该" in it.
   */
  private boolean namesABody(String text) {
    Pattern named = bodyModifier == null ? A_BODY
        : Pattern.compile("([\\p{IsHan}A-Za-z]{2,16}?)(" + Lexicon.alternation("organisations") + "|"
            + Pattern.quote(bodyModifier) + ")");
    Matcher m = named.matcher(text);
    while (m.find()) {
      String before = m.group(1);
      if (DETERMINERS.stream().noneMatch(before::contains)) {
        return true;
      }
    }
    return false;
  }

  static int number(String numeral) {
    if (numeral.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(numeral);
    }
    String digits = "零一二三四五六七八九";
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      int d = digits.indexOf(numeral.charAt(0));
      return d < 0 ? (numeral.charAt(0) == '两' ? 2 : 0) : d;
    }
    int tens = ten == 0 ? 1 : Math.max(1, digits.indexOf(numeral.charAt(0)));
    int units = ten == numeral.length() - 1 ? 0 : Math.max(0, digits.indexOf(numeral.charAt(ten + 1)));
    return tens * 10 + units;
  }
}
