package dev.newsbot.retrieval.ingest;

import dev.newsbot.retrieval.text.Lexicon;
import dev.newsbot.retrieval.text.Names;
import dev.newsbot.retrieval.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an issue's text into blocks (runs of non-blank lines) and tells their shapes apart. */
final class BlockReader {

  /** Longest line still taken for a title when it has no closing punctuation. */
  static final int MAX_TITLE_CHARS = 36;
  /** Longest headline that ends in a question or exclamation mark ("你知道株洲的“龙地名”有多少吗？"). */
  static final int MAX_ASKING_TITLE_CHARS = 30;
  /** Longest asking headline with a comma in it. */
  static final int MAX_ASKING_TITLE_WITH_COMMA = 20;
  /** Most lines a headline block has: a kicker, a headline over two lines, a subtitle. */
  static final int MAX_TITLE_LINES = 4;

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern ROLE = Pattern.compile(Lexicon.alternation("byline-roles"));
  /** A byline opening with its role, maybe after the paper's name: "株洲日报全媒体记者/…", "记者 张三". */
  private static final Pattern BYLINE_START = Pattern.compile(
      "^(?:[\\p{IsHan}]{0,8}?(?:日报|晚报|报社|报))?(?:" + Lexicon.alternation("byline-roles") + ")\\s*[/／:：\\s]");


  /** The mark some pages print before a byline or an author's name. */
  static final Pattern MARK = Pattern.compile("^[□■◎◇◆●○]\\s*");
  /** The brackets a credit is often printed in: "(记者/某某 摄)". */
  private static final Pattern BRACKETED = Pattern.compile("^[(（](.*)[)）]$");
  private static final Pattern BRIEF_COLUMN = Pattern.compile(
      "^[\\p{IsHan}·]{0,6}(?:" + Lexicon.alternation("brief-columns") + ")$");
  private static final Pattern LIST_ITEM = Pattern.compile("^[-*•]\\s");
  /** A turn of an interview or a Q&A ("问：…？", "记者:…?"): text, however short, not a headline. */
  private static final Pattern TURN = Pattern.compile("^(?:" + Lexicon.rule("turn-labels", "asking").pattern() + "|"
      + Lexicon.rule("turn-labels", "answering").pattern() + ")\\s*[:：]");
  private static final Pattern LABEL = Pattern.compile("^【[^】]{1,12}】$");
  private static final Set<String> NOT_NAMES = Set.copyOf(Lexicon.zh("not-names"));
  /**
   * A title never ends with these (closing quotes and brackets are allowed: "“工作项目化”"), never
   * holds a full stop, and is not a list of names ("文献、周峰、…": two 、 or more). A byline or
   * photo credit never holds a full stop either: "…不再冒污水。 记者/姚时美 摄" is a caption.
   */
  private static final String CLOSING = "。！？!?；;：:，,、…";
  private static final String ASKING_ENDS = "？！?!";
  private static final String OPENERS = "“‘「『（(《【\"";
  private static final String CLOSERS = "”’」』）)》】\"";

  private BlockReader() {}

  static List<Block> read(String text) {
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int lineEnd = lineEnd(text, i);
      if (isBlank(text, i, lineEnd)) {
        i = next(text, lineEnd);
        continue;
      }
      int start = i;
      int end = lineEnd;
      i = next(text, lineEnd);
      boolean heading = text.charAt(firstNonSpace(text, start, end)) == '#';
      while (!heading && i < n) {
        int e = lineEnd(text, i);
        if (isBlank(text, i, e) || text.charAt(firstNonSpace(text, i, e)) == '#') {
          break;
        }
        end = e;
        i = next(text, e);
      }
      splitFurniture(text, start, end, (s, e) -> Markers.split(text, firstNonSpace(text, s, e), trimEnd(text, s, e),
          (s2, e2) -> splitCredit(text, s2, e2, blocks)));
    }
    return Captions.mark(blocks);
  }

  /**
   * Splits a run of lines printed with no blank line between them where the page changes what it
   * prints: a running head, page staff, an ad or a byline or signature among other lines
   * ("A03 | 民生 | 2024.4.18" / "编辑:… 校对:…" / kicker / headline / "记者 某某") is a block of
   * its own, and so is a headline after a story's last sentence or before its lead
   * ({@link #startsAnotherBlock}). None of them is part of the headline or text beside it.
   */
  private static void splitFurniture(String text, int start, int end, Markers.Spans out) {
    if (lineEnd(text, start) >= end) {
      out.accept(start, end);
      return;
    }
    boolean mixed = text.substring(start, end).lines().anyMatch(l -> !l.isBlank() && !isCreditLine(l));
    int from = start;
    int k = start;
    String previous = null;
    while (k < end) {
      int e = Math.min(lineEnd(text, k), end);
      String line = text.substring(k, e);
      if (isFurniture(line) || (mixed && isCreditLine(line))) {
        if (k > from) {
          out.accept(from, trimEnd(text, from, k));
        }
        out.accept(k, e);
        from = next(text, e);
      } else if (k > from && previous != null && startsAnotherBlock(previous, line)) {
        out.accept(from, trimEnd(text, from, k));
        from = k;
      }
      previous = line;
      k = next(text, e);
    }
    if (from < end) {
      out.accept(from, end);
    }
  }

  /**
   * A photo credit on the last line of a block ("…骑行赏花。\n记者/凌子墨 摄") is a block of its own,
   * so that it can close picture news like a credit printed apart.
   */
  private static void splitCredit(String text, int start, int end, List<Block> out) {
    int lastLine = text.lastIndexOf('\n', end - 1);
    if (lastLine > start) {
      int creditStart = firstNonSpace(text, lastLine + 1, end);
      String line = text.substring(creditStart, end);
      Block credit = classify(text, creditStart, end);
      if (isPhotoCreditText(unbracketed(line)) && credit.kind() == BlockKind.BYLINE) {
        out.add(classify(text, start, trimEnd(text, start, lastLine)));
        out.add(credit);
        return;
      }
    }
    int byline = trailingByline(text.substring(start, end));
    if (byline > 0) {
      // "…，预计8月底完工。（记者 某某）": the byline some pages print at the end of a story
      out.add(classify(text, start, trimEnd(text, start, start + byline)));
      out.add(classify(text, start + byline, end));
      return;
    }
    out.add(classify(text, start, end));
  }

  private static final Pattern TRAILING_BYLINE = Pattern.compile("[。！？!?”]\\s*([(（][^()（）]{2,40}[)）])\\s*$");

  /** Where a bracketed byline closing a finished sentence starts in the block ("…完工。（记者 某某）"), or 0. */
  static int trailingByline(String block) {
    Matcher m = TRAILING_BYLINE.matcher(block);
    if (!m.find()) {
      return 0;
    }
    String inside = unbracketed(m.group(1));
    return BYLINE_START.matcher(inside).lookingAt() && !Bylines.read(inside).isEmpty() ? m.start(1) : 0;
  }

  /** A headline as printed: without the emphasis marks ("**") extraction leaves around or inside it. */
  static String unemphasized(String title) {
    String t = title.replace("**", "").strip();
    return t.isEmpty() ? title : t;
  }

  /**
   * A headline printed right under the last line of a story, with no blank line ("…提前到站候车。" /
   * "暑运首日 全市铁路发送旅客4.6万人次"), and a news lead printed right under its headline, each
   * start a block: a finished sentence, then a short line with no closing mark; a title line, then
   * a lead ("某某日报讯（记者 …）").
   */
  private static boolean startsAnotherBlock(String previous, String line) {
    String before = Whitespace.normalize(previous);
    String norm = Whitespace.normalize(line);
    if (before.isEmpty() || norm.isEmpty()) {
      return false;
    }
    if (LIST_ITEM.matcher(previous).find() || LIST_ITEM.matcher(line).find()) {
      return false; // the items of a list, one a line
    }
    boolean finished = endsSentence(before) || trailingByline(previous.strip()) > 0;
    if (finished && isTitle(line, norm) && !isCreditLine(line) && norm.chars().noneMatch(c -> "，,；;：:".indexOf(c) >= 0)) {
      return true;
    }
    return !finished && isTitle(previous, before) && (Bylines.lead(norm).isPresent() || norm.startsWith("本报讯"));
  }

  private static boolean endsSentence(String norm) {
    if (trailingByline(norm) > 0) {
      return true;
    }
    char last = norm.charAt(norm.length() - 1);
    if ("。！？!?".indexOf(last) >= 0) {
      return true;
    }
    return norm.length() >= 2 && "”」’\"".indexOf(last) >= 0 && "。！？!?".indexOf(norm.charAt(norm.length() - 2)) >= 0;
  }

  private static boolean isFurniture(String line) {
    return Markers.page(Whitespace.normalize(line)).isPresent() || Bylines.isPageStaff(line) || Bylines.isFurnitureLine(line);
  }

  /** A line that is a byline or a signature on its own ("记者 某某 实习生 某某", "□某某"). */
  private static boolean isCreditLine(String line) {
    String norm = Whitespace.normalize(line);
    return !norm.isEmpty() && (isByline(line, norm) || (!NOT_NAMES.contains(norm) && Bylines.signature(line).isPresent()
        && !Names.isName(norm)));
  }

  /** A column of short items: "简讯", "城事简讯", "本地快讯". */
  static boolean isBriefColumn(Block b) {
    return b.kind() == BlockKind.TITLE && BRIEF_COLUMN.matcher(b.text()).matches();
  }

  private static Block classify(String text, int start, int end) {
    String raw = text.substring(start, end);
    var heading = HEADING.matcher(raw);
    if (heading.matches()) {
      String body = heading.group(2);
      return new Block(BlockKind.HEADING, heading.group(1).length(), start + heading.start(2), end,
          Whitespace.normalize(body), body);
    }
    String norm = Whitespace.normalize(raw);
    return new Block(kindOf(raw, norm), 0, start, end, norm, raw);
  }

  private static BlockKind kindOf(String raw, String norm) {
    if (LABEL.matcher(norm).matches()) {
      return BlockKind.LABEL;
    }
    if (Markers.continuedFrom(norm) > 0) {
      return BlockKind.CONTINUED_FROM;
    }
    if (Markers.continuedTo(norm) == 0) {
      return BlockKind.CONTINUED_TO;
    }
    if (Markers.page(norm).isPresent() || Markers.isFolio(norm)) {
      return BlockKind.PAGE;
    }
    if (Bylines.isPageStaff(raw) || Markers.isContents(raw) || Bylines.isFurnitureLine(raw)) {
      return BlockKind.STAFF;
    }
    if (isByline(raw, norm)) {
      return BlockKind.BYLINE;
    }
    if (!NOT_NAMES.contains(norm) && Bylines.signature(raw).isPresent()) {
      return BlockKind.SIGNATURE;
    }
    return isTitle(raw, norm) ? BlockKind.TITLE : BlockKind.BODY;
  }

  /** Who wrote it or took the photo, and nothing else: no full stop, no clause, a role or "摄", a name. */
  private static boolean isByline(String raw, String norm) {
    if (MARK.matcher(norm).lookingAt()) {
      // "□ 本报记者 某某", "■记者 某某", "◇文 某某": the mark some pages print before a byline
      String unmarked = MARK.matcher(norm).replaceFirst("");
      return !unmarked.isEmpty() && isByline(MARK.matcher(raw.strip()).replaceFirst(""), unmarked);
    }
    if (norm.indexOf('。') >= 0 || norm.indexOf('，') >= 0 || norm.length() > 80 || Bylines.read(raw).isEmpty()) {
      return false;
    }
    boolean credit = isPhotoCreditText(unbracketed(norm)) && norm.length() <= 40;
    boolean startsWithRole = BYLINE_START.matcher(norm).lookingAt() || BYLINE_START.matcher(raw.strip()).lookingAt()
        || (BRACKETED.matcher(norm).matches() && BYLINE_START.matcher(unbracketed(raw)).lookingAt());
    var role = ROLE.matcher(norm);
    boolean slashedRole = role.find() && role.start() <= 40 && norm.length() > role.end()
        && "/／".indexOf(norm.charAt(role.end())) >= 0;
    return credit || startsWithRole || slashedRole;
  }

  /** A title, or a block of at most four lines each a title line (kicker, a headline over two lines, subtitle). */
  private static boolean isTitle(String raw, String norm) {
    List<String> lines = raw.strip().lines().filter(l -> !l.isBlank()).toList();
    if (lines.size() > 1 && lines.size() <= MAX_TITLE_LINES && norm.length() > MAX_TITLE_CHARS) {
      return lines.stream().allMatch(l -> isTitleLine(l, Whitespace.normalize(l)))
          && norm.indexOf('。') < 0 && balanced(norm);
    }
    return isTitleLine(raw, norm);
  }

  private static boolean isTitleLine(String raw, String norm) {
    if (norm.isEmpty()) {
      return false;
    }
    char last = norm.charAt(norm.length() - 1);
    // a headline may ask ("天一冷，电动车为啥“跑不远”？"): short, one clause break at most, no full stop
    boolean asking = ASKING_ENDS.indexOf(last) >= 0 && norm.length() <= MAX_ASKING_TITLE_CHARS
        && norm.chars().noneMatch(c -> "。；;".indexOf(c) >= 0)
        && norm.chars().filter(c -> c == '，' || c == ',').count() <= (norm.length() <= MAX_ASKING_TITLE_WITH_COMMA ? 1 : 0)
        && "“\"「".indexOf(norm.charAt(0)) < 0;
    return (asking || (norm.length() <= MAX_TITLE_CHARS && CLOSING.indexOf(last) < 0))
        && norm.indexOf('。') < 0 && !norm.contains("日报讯") && !LIST_ITEM.matcher(raw).find() && !TURN.matcher(norm).lookingAt()
        && norm.indexOf('、') == norm.lastIndexOf('、') && balanced(norm);
  }

  /** Every opening quote or bracket closed: a line cut inside a quotation ("…事业部“95") is no title. */
  static boolean balanced(String s) {
    int depth = 0;
    boolean ascii = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '"') {
        ascii = !ascii;
      } else if (OPENERS.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSERS.indexOf(c) >= 0) {
        depth--;
      }
    }
    return depth <= 0 && !ascii;
  }

  static boolean isPhotoCredit(Block b) {
    return b.kind() == BlockKind.BYLINE && isPhotoCreditText(unbracketed(b.text()));
  }

  /** "某某 摄", "摄影/某某", "图/某某": who took the photos, not who wrote. */
  static boolean isPhotoCreditText(String credit) {
    return credit.endsWith("摄") || PHOTO_ROLE_FIRST.matcher(credit).lookingAt();
  }

  private static final Pattern PHOTO_ROLE_FIRST = Pattern.compile("^(?:摄影|摄像|图片|图)\\s*[/／:：]");

  /** A credit without the brackets it may be printed in. */
  static String unbracketed(String line) {
    var m = BRACKETED.matcher(line.strip());
    return m.matches() ? m.group(1).strip() : line.strip();
  }

  private static int lineEnd(String text, int from) {
    int e = text.indexOf('\n', from);
    return e < 0 ? text.length() : e;
  }

  private static int next(String text, int lineEnd) {
    return Math.min(text.length(), lineEnd + 1);
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Whitespace.isSpace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  static int firstNonSpace(String text, int from, int to) {
    int k = from;
    while (k < to && Whitespace.isSpace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  static int trimEnd(String text, int from, int to) {
    int k = to;
    while (k > from && Whitespace.isSpace(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }
}
