package dev.newsbot.retrieval.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of fact a question asks for, read from its question words: a number, a date, or a
 * thing named by the noun after 哪个/什么 ("哪个网站" asks for a 网站, so a sentence with 网 helps)
 * or before 是谁/叫什么 ("经理叫什么": a sentence naming a 经理).
 */
final class AnswerType {

  private static final Pattern ASKS_NUMBER = Pattern.compile(
      "多少|几[个名家场人次天年位项户条所座]|多厚|多大|多高|多长|多久|多远|how many|how much|how long|how far");
  private static final Pattern ASKS_DATE = Pattern.compile(
      "什么时候|哪天|哪一天|哪年|几号|几月|何时|时间|when|what date|which year|what year");
  private static final Pattern ASKS_NOUN = Pattern.compile(
      "(?:哪个|哪家|哪位|哪些|哪所|哪座|哪条|哪项|什么|啥)([\\p{IsHan}]{1,2})");
  /** "经理叫什么", "局长是哪位", "省委书记是谁": the role just before the question word names who is asked for. */
  private static final Pattern ASKS_WHO = Pattern.compile(
      "([\\p{IsHan}]{2})(?:是谁|叫什么|叫啥|是哪位|是哪一位|叫什么名字|的名字)");
  /** A quantity: a number with a measure word or unit, not a date ("68家", "6.5万余户", "6至8厘米", "三十个"). */
  private static final Pattern HAS_NUMBER = Pattern.compile(
      "(?:[0-9]+(?:\\.[0-9]+)?|[一二三四五六七八九十百千万亿两]+)\\s*(?:余|多|万|亿|千|百)*\\s*"
          + "[个名家人场次项户条所座元岁米吨辆件位期批处栋套台张份倍%厘公千平亩斤]");
  /** "多少企业", "几场": the thing counted. */
  private static final Pattern ASKS_COUNT_OF = Pattern.compile("(?:多少|几)[个名家位场人次项户条所座]?([\\p{IsHan}]{2})");
  private static final Pattern HAS_DATE = Pattern.compile("\\d+\\s*[年月日号]|今年|去年|明年|上半年|下半年|季度|春节|当天|次日");
  /** "题目叫啥", "是哪篇", "what was the headline": the answer is an article's headline. */
  private static final Pattern ASKS_TITLE = Pattern.compile("题目|标题|篇名|哪篇|哪一篇|headline|title");
  /** Nouns after a question word that say nothing about the answer's shape. */
  private static final String VAGUE = "的是了在有要会能呢吗样么";

  private final boolean number;
  private final boolean date;
  private final String noun;
  private final String counted;
  private final boolean title;

  private AnswerType(boolean number, boolean date, String noun, String counted, boolean title) {
    this.number = number;
    this.date = date;
    this.noun = noun;
    this.counted = counted;
    this.title = title;
  }

  static AnswerType of(String foldedQuestion) {
    Matcher m = ASKS_NOUN.matcher(foldedQuestion);
    String noun = null;
    if (m.find() && VAGUE.indexOf(m.group(1).charAt(0)) < 0) {
      noun = m.group(1);
    }
    Matcher who = ASKS_WHO.matcher(foldedQuestion);
    if (noun == null && who.find() && VAGUE.indexOf(who.group(1).charAt(1)) < 0) {
      noun = who.group(1);
    }
    Matcher count = ASKS_COUNT_OF.matcher(foldedQuestion);
    String counted = count.find() && VAGUE.indexOf(count.group(1).charAt(0)) < 0 ? count.group(1) : null;
    return new AnswerType(ASKS_NUMBER.matcher(foldedQuestion).find(), ASKS_DATE.matcher(foldedQuestion).find(), noun,
        counted, ASKS_TITLE.matcher(foldedQuestion).find());
  }

  /** How well a sentence has the asked-for kind of fact, 0 to 1. */
  double fit(String foldedSentence) {
    double fit = 0;
    int asked = 0;
    if (number) {
      asked++;
      Matcher quantity = HAS_NUMBER.matcher(foldedSentence);
      boolean countsIt = counted != null && quantity.find() && foldedSentence.indexOf(counted, quantity.start()) >= 0
          && foldedSentence.indexOf(counted, quantity.start()) - quantity.end() <= 3;
      fit += countsIt ? 1 : HAS_NUMBER.matcher(foldedSentence).find() ? 0.6 : 0;
    }
    if (date) {
      asked++;
      fit += HAS_DATE.matcher(foldedSentence).find() ? 1 : 0;
    }
    if (noun != null) {
      asked++;
      fit += foldedSentence.contains(noun) ? 1 : foldedSentence.indexOf(noun.charAt(0)) >= 0 ? 0.5 : 0;
    }
    return asked == 0 ? 0 : fit / asked;
  }

  /** Whether the question asks for an article's headline. */
  boolean asksTitle() {
    return title;
  }

  boolean asksSomething() {
    return number || date || noun != null;
  }
}
