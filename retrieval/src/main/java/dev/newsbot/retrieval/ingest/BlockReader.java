package dev.newsbot.retrieval.ingest;

import dev.newsbot.retrieval.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits an issue's text into blocks (runs of non-blank lines) and tells their shapes apart. */
final class BlockReader {

  /** Longest line still taken for a title when it has no closing punctuation. */
  static final int MAX_TITLE_CHARS = 36;

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern BYLINE = Pattern.compile(
      "^(株洲日报)?(全媒体)?(记者|通讯员|编辑|责任编辑|美术编辑|制图|文/图|图/文)[/／:：].{0,60}$"
          + "|^.{0,40}(记者|通讯员)[/／].{0,40}$"
          + "|^.{0,40}\\s摄$|^(全媒体)?记者/.{0,20}摄$");
  private static final Pattern PHOTO_CREDIT = Pattern.compile("(记者|通讯员|摄影)?[/／]?\\S{1,12}\\s*摄$");
  /** An author line: an organisation or "网友", a space, a two- to four-character name ("市委党校 易理"). */
  private static final Pattern AUTHOR = Pattern.compile("^[\\p{IsHan}·]{2,16}[ \\t\u3000]+[\\p{IsHan}]{2,4}$");
  private static final Pattern LIST_ITEM = Pattern.compile("^[-*•]\\s");
  private static final Pattern LABEL = Pattern.compile("^【[^】]{1,12}】$");
  /**
   * A title never ends with these (closing quotes and brackets are allowed: "“工作项目化”"), never
   * holds a full stop, and is not a list of names ("文献、周峰、…": two 、 or more). A byline or
   * photo credit never holds a full stop either: "…不再冒污水。 记者/姚时美 摄" is a caption.
   */
  private static final String CLOSING = "。！？!?；;：:，,、…";

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
      blocks.add(classify(text, firstNonSpace(text, start, end), trimEnd(text, start, end)));
    }
    return markCaptions(blocks);
  }

  private static Block classify(String text, int start, int end) {
    String raw = text.substring(start, end);
    var heading = HEADING.matcher(raw);
    if (heading.matches()) {
      return new Block(BlockKind.HEADING, heading.group(1).length(), start + heading.start(2), end,
          Whitespace.normalize(heading.group(2)));
    }
    String norm = Whitespace.normalize(raw);
    BlockKind kind;
    if (LABEL.matcher(norm).matches()) {
      kind = BlockKind.LABEL;
    } else if (norm.indexOf('。') < 0
        && ((norm.length() <= 80 && BYLINE.matcher(norm).find()) || AUTHOR.matcher(raw.strip()).matches())) {
      kind = BlockKind.BYLINE;
    } else if (norm.length() <= MAX_TITLE_CHARS && CLOSING.indexOf(norm.charAt(norm.length() - 1)) < 0
        && norm.indexOf('。') < 0 && !norm.contains("日报讯") && !LIST_ITEM.matcher(raw).find()
        && norm.indexOf('、') == norm.lastIndexOf('、')) {
      kind = BlockKind.TITLE;
    } else {
      kind = BlockKind.BODY;
    }
    return new Block(kind, 0, start, end, norm);
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
          && (b.kind() == BlockKind.BODY || b.kind() == BlockKind.TITLE) && b.text().length() <= 160
          && !b.text().contains("日报讯");
      if (credited[k] || beforeCredit) {
        out.set(k, new Block(BlockKind.CAPTION, 0, b.start(), b.end(), b.text()));
      }
    }
    return out;
  }

  static boolean isPhotoCredit(Block b) {
    return b.kind() == BlockKind.BYLINE && b.text().endsWith("摄");
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

  private static int firstNonSpace(String text, int from, int to) {
    int k = from;
    while (k < to && Whitespace.isSpace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private static int trimEnd(String text, int from, int to) {
    int k = to;
    while (k > from && Whitespace.isSpace(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }
}
