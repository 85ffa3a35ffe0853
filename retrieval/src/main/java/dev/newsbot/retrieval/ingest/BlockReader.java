package dev.newsbot.retrieval.ingest;

import dev.newsbot.retrieval.text.Lexicon;
import dev.newsbot.retrieval.text.Names;
import dev.newsbot.retrieval.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits an issue's text into blocks (runs of non-blank lines) and tells their shapes apart. */
final class BlockReader {

  /** Longest line still taken for a title when it has no closing punctuation. */
  static final int MAX_TITLE_CHARS = 36;
  /** Longest headline that ends in a question or exclamation mark ("你知道株洲的“龙地名”有多少吗？"). */
  static final int MAX_ASKING_TITLE_CHARS = 30;

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern ROLE = Pattern.compile(Lexicon.alternation("byline-roles"));
  /** A byline opening with its role, maybe after the paper's name: "株洲日报全媒体记者/…", "记者 张三". */
  private static final Pattern BYLINE_START = Pattern.compile(
      "^(?:[\\p{IsHan}]{0,8}?(?:日报|晚报|报社|报))?(?:" + Lexicon.alternation("byline-roles") + ")\\s*[/／:：\\s]");
  private static final Pattern PHOTO_CREDIT = Pattern.compile("(记者|通讯员|摄影)?[/／]?\\S{1,12}\\s*摄[)）]?$");
  /** The brackets a credit is often printed in: "(全媒体记者/某某 摄)". */
  private static final Pattern BRACKETED = Pattern.compile("^[(（](.*)[)）]$");
  private static final Pattern BRIEF_COLUMN = Pattern.compile(
      "^[\\p{IsHan}·]{0,6}(?:" + Lexicon.alternation("brief-columns") + ")$");
  private static final Pattern LIST_ITEM = Pattern.compile("^[-*•]\\s");
  /** A turn of an interview or a Q&A ("问：…？", "记者:…?"): text, however short, not a headline. */
  private static final Pattern TURN = Pattern.compile("^(?:问|答|记者|主持人|[QA])\\s*[:：]");
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
    return markCaptions(blocks);
  }

  /**
   * A running head or a line of page staff printed with no blank line before the next headline
   * ("A03 | 民生 | 2024.4.18" / "责任编辑:… 美术编辑:…" / kicker / headline) is a block of its own:
   * neither is part of the headline or text beside it, and each closes the article before it.
   */
  private static void splitFurniture(String text, int start, int end, Markers.Spans out) {
    if (lineEnd(text, start) >= end) {
      out.accept(start, end);
      return;
    }
    boolean mixed = text.substring(start, end).lines().anyMatch(l -> !l.isBlank() && !isCreditLine(l));
    int from = start;
    int k = start;
    while (k < end) {
      int e = Math.min(lineEnd(text, k), end);
      String line = text.substring(k, e);
      if (isFurniture(line) || (mixed && isCreditLine(line))) {
        if (k > from) {
          out.accept(from, trimEnd(text, from, k));
        }
        out.accept(k, e);
        from = next(text, e);
      }
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
      if (unbracketed(line).endsWith("摄") && credit.kind() == BlockKind.BYLINE) {
        out.add(classify(text, start, trimEnd(text, start, lastLine)));
        out.add(credit);
        return;
      }
    }
    out.add(classify(text, start, end));
  }

  /** A headline as printed: without the emphasis marks ("**") extraction leaves around or inside it. */
  static String unemphasized(String title) {
    String t = title.replace("**", "").strip();
    return t.isEmpty() ? title : t;
  }

  private static boolean isFurniture(String line) {
    return Markers.page(Whitespace.normalize(line)).isPresent() || Bylines.isPageStaff(line);
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
    if (Bylines.isPageStaff(raw) || Markers.isContents(raw)) {
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
    if (norm.indexOf('。') >= 0 || norm.indexOf('，') >= 0 || norm.length() > 80 || Bylines.read(raw).isEmpty()) {
      return false;
    }
    boolean credit = unbracketed(norm).endsWith("摄") && norm.length() <= 40;
    boolean startsWithRole = BYLINE_START.matcher(norm).lookingAt() || BYLINE_START.matcher(raw.strip()).lookingAt();
    var role = ROLE.matcher(norm);
    boolean slashedRole = role.find() && role.start() <= 40 && norm.length() > role.end()
        && "/／".indexOf(norm.charAt(role.end())) >= 0;
    return credit || startsWithRole || slashedRole;
  }

  private static boolean isTitle(String raw, String norm) {
    char last = norm.charAt(norm.length() - 1);
    boolean asking = ASKING_ENDS.indexOf(last) >= 0 && norm.length() <= MAX_ASKING_TITLE_CHARS
        && norm.chars().noneMatch(c -> "。，,；;".indexOf(c) >= 0);
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

  /**
   * A short block ending in a photo credit is a caption, and so is a short block just before a
   * credit or before such a captioned block (two photos, one credit).
   */
  private static List<Block> markCaptions(List<Block> blocks) {
    boolean[] credited = new boolean[blocks.size()];
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      credited[k] = b.kind() == BlockKind.BODY && b.text().length() <= 160 && PHOTO_CREDIT.matcher(b.text()).find();
    }
    List<Block> out = new ArrayList<>(blocks);
    for (int k = 0; k < out.size(); k++) {
      Block b = out.get(k);
      boolean beforeCredit = k + 1 < out.size() && (isPhotoCredit(out.get(k + 1)) || credited[k + 1])
          && (b.kind() == BlockKind.BODY || (b.kind() == BlockKind.TITLE && !isHeadlineOverPhotos(out, k)))
          && b.text().length() <= 160 && !b.text().contains("日报讯") && Bylines.lead(b.text()).isEmpty();
      if (credited[k] || beforeCredit) {
        out.set(k, b.as(BlockKind.CAPTION));
      }
    }
    return out;
  }

  /**
   * A title line over photos whose story then opens with a news lead ("“技能大师走基层”宣讲 /
   * 他们的梦想被技能大师点亮", photo, caption, "株洲日报(全媒体记者/…)…") is that story's headline,
   * not a caption; so is one printed over two lines.
   */
  private static boolean isHeadlineOverPhotos(List<Block> blocks, int k) {
    if (blocks.get(k).raw().strip().indexOf('\n') >= 0) {
      return true;
    }
    for (int j = k + 1; j < blocks.size() && j <= k + 6; j++) {
      Block b = blocks.get(j);
      if (b.kind() == BlockKind.BODY && PHOTO_CREDIT.matcher(b.text()).find() && b.text().length() <= 160
          || isPhotoCredit(b)) {
        continue;
      }
      return b.kind() == BlockKind.BYLINE || (b.kind() == BlockKind.BODY && Bylines.lead(b.text()).isPresent());
    }
    return false;
  }

  static boolean isPhotoCredit(Block b) {
    return b.kind() == BlockKind.BYLINE && unbracketed(b.text()).endsWith("摄");
  }

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
