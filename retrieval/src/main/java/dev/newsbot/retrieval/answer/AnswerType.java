package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Lexicon;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of fact a question asks for, read from its question words: a number, a date, or a
 * thing named by the noun after 哪个/什么 ("哪个网站" asks for a 网站, so a sentence with 网 helps)
 * or before 是谁/叫什么 ("经理叫什么": a sentence naming a 经理).
 */
final class AnswerType {

  private static final Pattern ASKS_NUMBER = Lexicon.rule("question-rules", "asks-number");
  private static final Pattern ASKS_DATE = Lexicon.rule("question-rules", "asks-date");
  private static final Pattern ASKS_NOUN = Lexicon.rule("question-rules", "asks-noun");
  /** "经理叫什么", "局长是哪位", "省委书记是谁": the role just before the question word names who is asked for. */
  private static final Pattern ASKS_WHO = Lexicon.rule("question-rules", "asks-who");
  /** A quantity: a number with a measure word or unit, not a date ("68家", "6.5万余户", "6至8厘米", "三十个"). */
  private static final Pattern HAS_NUMBER = Lexicon.rule("question-rules", "has-number");
  /** "多少企业", "几场": the thing counted. */
  private static final Pattern ASKS_COUNT_OF = Lexicon.rule("question-rules", "asks-count-of");
  private static final Pattern HAS_DATE = Lexicon.rule("question-rules", "has-date");
  /** "题目叫啥", "是哪篇", "what was the headline": the answer is an article's headline. */
  private static final Pattern ASKS_TITLE = Lexicon.rule("question-rules", "asks-title");
  /** "报名费多少钱", "一个月挣多少", "值多少钱", "how much is the fee": an amount of money. */
  private static final Pattern ASKS_MONEY = Lexicon.rule("question-rules", "asks-money");
  /**
   * The kind of money a question names, and how a text that gives it says so: "报名费多少钱" and
   * "registration fee" need a 费 in the text, not just any amount ("投入资金500万元").
   */
  private static final List<MoneyKind> MONEY_KINDS = Lexicon.rules("question-rules", "money-kind").stream()
      .map(v -> v.split("\\s*\\|\\|\\s*")).map(p -> new MoneyKind(Pattern.compile(p[0]), Pattern.compile(p[1])))
      .toList();

  private record MoneyKind(Pattern asked, Pattern given) {}
  private static final Pattern HAS_MONEY = Lexicon.rule("question-rules", "has-money");
  /** "多少辆", "几场": the measure word the answer's number will carry (zh/measures.txt). */
  private static final Pattern ASKS_MEASURE = Pattern.compile("(?:多少|(?<!哪)几)([" + Lexicon.characters("measures") + "])");
  /** Measure words a paper uses interchangeably: "多少位人才" is answered by "293名" (zh/measure-groups.txt). */
  private static final List<String> SAME_MEASURE = Lexicon.zh("measure-groups");
  /** Only the plain ways of asking for a date: "时间" alone is too often part of a name ("炎帝时间"). */
  private static final Pattern ASKS_DATE_PLAINLY = Lexicon.rule("question-rules", "asks-date-plainly");
  /** "哪天开工", "几号开学": a day, which a year or a season does not give. */
  private static final Pattern ASKS_DAY = Lexicon.rule("question-rules", "asks-day");
  private static final Pattern HAS_DAY = Lexicon.rule("question-rules", "has-day");
  /** "举报电话多少", "有报名电话吗", "hotline": a telephone number, five digits or more (12369, 0731-…). */
  private static final Pattern ASKS_PHONE = Lexicon.rule("question-rules", "asks-phone");
  private static final Pattern HAS_PHONE = Lexicon.rule("question-rules", "has-phone");
  private static final Pattern DIGIT = Lexicon.rule("question-rules", "digit");
  /**
   * "市人社局局长是谁", "那位副省长叫什么": who holds an office. Group 1 the two characters before it
   * (its organisation, "社局"), group 2 a 副, group 3 the office.
   */
  static final Pattern ASKS_OFFICE = Pattern.compile(
      "([\\p{IsHan}]{2})?的?(" + Lexicon.alternation("office-qualifiers") + ")?(" + Lexicon.alternation("offices") + ")(?:是谁|是哪位|是哪一位|叫什么|叫啥|的名字)");
  /** "哪天开挖", "什么时候开工": the event whose date is asked, the two characters after the question word. */
  private static final Pattern ASKS_WHEN_OF = Lexicon.rule("question-rules", "asks-when-of");
  /** Words after a date question word that name no event ("开始对外开放": the event is "对外开放"). */
  private static final java.util.Set<String> NOT_EVENT_WORDS = java.util.Set.of("开始", "正式", "才能", "可以", "能够",
      "将会", "才算", "就要", "打算", "计划", "准备", "改成", "改为", "变成", "换成", "全部", "全面", "彻底", "一起", "统一");
  /** Characters that make the two after a date question word no event ("几点", "的时候", "为止"). */
  private static final String NOT_EVENT = "几哪什么啥时候点的了是呢吗呀吧会能要为止以之前后左右就才便都还也再又将已";
  /** The most common Chinese surnames (zh/surnames.txt), which start a name after an office. */
  static final String SURNAMES = Lexicon.characters("surnames");
  /** Characters that make the two before an office no organisation ("那个经理", "的书记"). */
  static final String NOT_ORGANISATION = "的个位那这是说讲该";
  /** Nouns after a question word that say nothing about the answer's shape. */
  private static final String VAGUE = "的是了在有要会能呢吗样么";

  private final boolean number;
  private final boolean date;
  private final String noun;
  private final String counted;
  private final boolean title;
  private final boolean money;
  /** A number with the asked measure word ("68家" for "多少家"), or null when none was asked. */
  private final Pattern counts;
  private final boolean datePlainly;
  private final boolean day;
  private final boolean phone;
  /** The office whose holder is asked for, or null. */
  private final Office office;
  /** The event whose date is asked for ("开挖"), or null. */
  private final Pattern event;
  /** How a text names the kind of money asked for ("费"), or null. */
  private final Pattern moneyKind;
  /** The credit asked for, if any. */
  private final Credits.Credit credit;

  private AnswerType(boolean number, boolean date, String noun, String counted, boolean title, boolean money,
      String measures, boolean datePlainly, boolean day, boolean phone, Office office, Pattern event,
      Pattern moneyKind, Credits.Credit credit) {
    this.number = number;
    this.date = date;
    this.noun = noun;
    this.counted = counted;
    this.title = title;
    this.money = money;
    this.counts = measures == null ? null
        : Pattern.compile("(?<!第)[0-9一二三四五六七八九十两百千万亿]\\s*(?:余|多)?\\s*[" + measures + "]");
    this.datePlainly = datePlainly;
    this.day = day;
    this.phone = phone;
    this.office = office;
    this.event = event;
    this.moneyKind = moneyKind;
    this.credit = credit;
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
    Matcher measure = ASKS_MEASURE.matcher(foldedQuestion);
    String measures = null;
    if (measure.find()) {
      String asked = measure.group(1);
      measures = SAME_MEASURE.stream().filter(g -> g.contains(asked)).findFirst().orElse(asked);
    }
    return new AnswerType(ASKS_NUMBER.matcher(foldedQuestion).find(), ASKS_DATE.matcher(foldedQuestion).find(), noun,
        counted, ASKS_TITLE.matcher(foldedQuestion).find(), ASKS_MONEY.matcher(foldedQuestion).find(), measures,
        ASKS_DATE_PLAINLY.matcher(foldedQuestion).find(), ASKS_DAY.matcher(foldedQuestion).find(),
        ASKS_PHONE.matcher(foldedQuestion).find(), Office.of(foldedQuestion), event(foldedQuestion),
        MONEY_KINDS.stream().filter(k -> k.asked().matcher(foldedQuestion).find()).map(MoneyKind::given).findFirst()
            .orElse(null),
        ASKS_PHOTOGRAPHER.matcher(foldedQuestion).find() ? Credits.Credit.PHOTO
            : ASKS_WRITER.matcher(foldedQuestion).find() ? Credits.Credit.WRITER : Credits.Credit.NONE);
  }

  /**
   * The event whose date is asked, as the words a text may name it by: the two characters after
   * the question word and the two after those ("哪天开工进场": 开工 or 进场), generic words skipped
   * ("哪天开始对外开放": 对外); null when none.
   */
  private static Pattern event(String foldedQuestion) {
    Matcher m = ASKS_WHEN_OF.matcher(foldedQuestion);
    if (!m.find()) {
      return null;
    }
    java.util.List<String> words = new java.util.ArrayList<>();
    for (int g = 1; g <= 2; g++) {
      String w = m.group(g);
      if (w != null && !NOT_EVENT_WORDS.contains(w) && w.chars().noneMatch(c -> NOT_EVENT.indexOf(c) >= 0)) {
        // the word, or its two characters a few apart: "查完" in "检查计划于月底前做完"
        words.add(Pattern.quote(w) + "|" + Pattern.quote(w.substring(0, 1)) + "[^。；;]{0,16}?" + Pattern.quote(w.substring(1)));
      }
      if (g == 1 && w != null && !NOT_EVENT_WORDS.contains(w) && !words.isEmpty() && m.group(2) == null) {
        break;
      }
    }
    return words.isEmpty() ? null : Pattern.compile(String.join("|", words));
  }



  /** How well a sentence has the asked-for kind of fact, 0 to 1. */
  double fit(String foldedSentence) {
    double fit = 0;
    int asked = 0;
    if (number) {
      asked++;
      fit += countFit(foldedSentence);
    }
    if (date) {
      asked++;
      boolean dated = HAS_DATE.matcher(foldedSentence).find();
      fit += dated && (event == null || event.matcher(foldedSentence).find()) ? 1 : dated ? 0.6 : 0;
    }
    if (office != null) {
      asked++;
      fit += office.named().matcher(foldedSentence).find() ? 1 : office.held().matcher(foldedSentence).find() ? 0.5 : 0;
    } else if (noun != null) {
      asked++;
      fit += foldedSentence.contains(noun) ? 1 : foldedSentence.indexOf(noun.charAt(0)) >= 0 ? 0.5 : 0;
    }
    return asked == 0 ? 0 : fit / asked;
  }

  /**
   * How well the sentence's best quantity counts what is asked: 1 when the counted noun follows it
   * ("多少车辆": "68辆车辆"), 0.85 when a word sharing a character with it does ("多少新人": "700多名
   * 新员工", "几个窗口": "4个档口"), 0.6 for any other quantity, 0.3 for a bare 一 before a measure
   * ("一批批", "一个劲"), which seldom counts anything.
   */
  private double countFit(String s) {
    Matcher quantity = HAS_NUMBER.matcher(s);
    double best = 0;
    while (quantity.find() && best < 1) {
      double f = BARE_ONE.matcher(quantity.group()).matches() ? 0.3 : 0.6;
      if (counted != null) {
        String after = s.substring(quantity.end(), Math.min(s.length(), quantity.end() + 3 + counted.length()));
        if (after.contains(counted)) {
          f = 1;
        } else if (after.length() >= 2 && sharesCharacter(after.substring(0, Math.min(3, after.length())), counted)) {
          f = Math.max(f, 0.85);
        }
      }
      best = Math.max(best, f);
    }
    return best;
  }

  private static final Pattern BARE_ONE = Pattern.compile("一\\s*[^0-9一二三四五六七八九十百千万亿两余多]");

  private static boolean sharesCharacter(String text, String word) {
    return word.chars().anyMatch(c -> Character.isIdeographic(c) && text.indexOf(c) >= 0);
  }

  private static final Pattern ASKS_WRITER = Lexicon.pattern("asks-writer");
  private static final Pattern ASKS_PHOTOGRAPHER = Lexicon.pattern("asks-photographer");

  /** Whether the question asks who wrote ("那篇评论是谁写的") or photographed ("照片谁拍的") an article. */
  Credits.Credit asksCredit() {
    return credit;
  }

  /** Whether the question asks for an article's headline. */
  boolean asksTitle() {
    return title;
  }

  /**
   * Whether the text plainly lacks the kind of fact asked for: no telephone number for "举报电话多少"
   * (then nothing else is asked), no amount of money for "多少钱", no number counting the asked
   * thing for "多少辆", no digit or counted quantity for "多少" (an ordinal like "第二" does not
   * count), no date for "哪天", no mention of the office for "市人社局局长是谁" (see {@link Office}).
   * A near miss ("报名费多少钱" against an article on the exam that gives dates but no fee) fails
   * here while matching every other word of the question.
   */
  boolean lacksAskedFact(String folded) {
    if (phone) {
      return !HAS_PHONE.matcher(folded).find();
    }
    if (office != null && !office.held().matcher(folded).find()) {
      return true;
    }
    if (money && (!HAS_MONEY.matcher(folded).find() || (moneyKind != null && !moneyKind.matcher(folded).find()))) {
      return true;
    }
    if (counts != null && !counts.matcher(folded).find()) {
      return true;
    }
    if (number && !DIGIT.matcher(folded).find() && !HAS_NUMBER.matcher(folded).find()) {
      return true;
    }
    if (day && !HAS_DAY.matcher(folded).find()) {
      return true;
    }
    return datePlainly && !number && !HAS_DATE.matcher(folded).find();
  }

  /**
   * For the paragraphs about the question's subject: the asked kind of fact is missing
   * ({@link #lacksAskedFact}, the office checked paragraph-wide), or an office's holder is asked
   * ("局长叫什么名字") and none is named after the office.
   */
  boolean lacksAskedFactNear(String folded) {
    if (office != null) {
      return !office.heldNear(folded) || !office.namedNear(folded);
    }
    return lacksAskedFact(folded);
  }

  /**
   * For what a reply would quote: {@link #lacksAskedFactNear}, and for the date of an event the
   * event named beside the date ("哪天开工" is not answered by a date of publication).
   */
  boolean lacksAskedFactQuoted(String folded) {
    return lacksAskedFactNear(folded) || (event != null && (datePlainly || day) && !event.matcher(folded).find());
  }

  /**
   * Stricter than {@link #lacksAskedFact}, for choosing what to quote: for an office holder the
   * text must also name one ("局长文红武"), not only mention the office ("向分局局长举报"); for the
   * date of an event it must also name the event ("哪天开挖": "2月2日,他组织开挖", not "1月24日,…堵塞").
   */
  boolean lacksExactAnswer(String folded) {
    return lacksAskedFact(folded) || (office != null && !office.named().matcher(folded).find())
        || (event != null && (datePlainly || day) && !event.matcher(folded).find());
  }

  /**
   * What another sentence must have to be quoted beside {@code quotedFolded}, best first: the exact
   * answer, then (if the quoted text lacks that too) the asked kind of fact. Empty when nothing
   * checkable is asked or the quoted text already has the exact answer.
   */
  List<Predicate<String>> wantedBeside(String quotedFolded) {
    if (!asksFact() || !lacksExactAnswer(quotedFolded)) {
      return List.of();
    }
    Predicate<String> exact = text -> !lacksExactAnswer(text);
    return lacksAskedFact(quotedFolded) ? List.of(exact, text -> !lacksAskedFact(text)) : List.of(exact);
  }

  /**
   * Whether the question asks for an amount, a count, a date, a telephone number or an office holder, which
   * {@link #lacksAskedFact} can check.
   */
  /** True when the question asks when ("什么时候", "哪天", "when"). */
  boolean asksWhen() {
    return datePlainly || day;
  }

  boolean asksFact() {
    return money || counts != null || number || datePlainly || day || phone || office != null;
  }

  boolean asksSomething() {
    return number || date || noun != null;
  }
}
