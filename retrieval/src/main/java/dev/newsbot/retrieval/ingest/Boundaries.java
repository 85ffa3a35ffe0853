package dev.newsbot.retrieval.ingest;

import dev.newsbot.retrieval.text.Lexicon;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The signs of where an article starts and ends, read from the blocks around a title: an opener
 * after it (a byline, a news lead, an author's name), a closer ending its text (a signature, a
 * photo credit after the text, a "(下转2版)" mark), short unsigned briefs in a run, an unsigned
 * list under its own title. {@link IssueParser} decides with them.
 */
final class Boundaries {

  /** Opening words of a news lead without a bracketed byline ("本报讯", "记者/…"). */
  private static final Pattern LEAD = Pattern.compile("^(.{0,12}报讯|.{0,20}(记者|通讯员)[/／])");
  /** How a reader's letter opens: "编辑同志：", "尊敬的编辑：". */
  private static final Pattern SALUTATION = Pattern.compile("^" + Lexicon.rule("signatures", "salutation").pattern());
  /** Short unsigned items one after another are briefs, each its own article. */
  static final int BRIEF_PARAGRAPHS = 2;
  static final int BRIEF_CHARS = 300;
  /** Picture news has at most this many paragraphs of text besides its captions before its credit. */
  static final int PICTURE_PARAGRAPHS = 2;

  private Boundaries() {}

  static boolean startsArticle(List<Block> group, List<Block> blocks, int j, ArticleBuilder current) {
    if (group.stream().anyMatch(g -> g.kind() == BlockKind.HEADING) || openerFollows(blocks, j)) {
      return true;
    }
    if (current.hasOpener() && endsWithCloser(blocks, j)) {
      return true;
    }
    if (pictureFollows(blocks, j)) {
      return true; // picture news: its captions, then the photo's credit
    }
    if (!current.hasOpener() && j < blocks.size() && isList(blocks.get(j))) {
      return true; // an unsigned list under its own title ("新闻点击排行榜(1月19日-1月25日)", then "- …")
    }
    if (briefFollows(blocks, j) && nextBriefFollows(blocks, j)) {
      return true; // two short items in a row, each under its own title: briefs, not sections
    }
    return !current.hasOpener() && !current.title().isEmpty() && isBrief(current.bodyParagraphs(), current.bodyChars())
        && briefFollows(blocks, j);
  }

  /** From {@code from}: one caption or more, then a photo credit. */
  static boolean pictureFollows(List<Block> blocks, int from) {
    int k = from;
    while (k < blocks.size() && blocks.get(k).kind() == BlockKind.CAPTION) {
      k++;
    }
    if (k > from) {
      return k < blocks.size() && BlockReader.isPhotoCredit(blocks.get(k));
    }
    // the credit first, then a caption or two: "初冬采油茶" / "某某 摄" / "11月18日，…"
    if (k >= blocks.size() || !BlockReader.isPhotoCredit(blocks.get(k))) {
      return false;
    }
    int captions = 0;
    for (k = from + 1; k < blocks.size() && !boundaryAt(blocks, k); k++) {
      Block b = blocks.get(k);
      if (b.kind() != BlockKind.BODY && b.kind() != BlockKind.CAPTION || b.text().length() > 200 || ++captions > PICTURE_PARAGRAPHS) {
        return false;
      }
    }
    return captions > 0;
  }

  /** After the text that starts at {@code from}, another title whose text is short too. */
  static boolean nextBriefFollows(List<Block> blocks, int from) {
    int k = from;
    while (k < blocks.size() && !boundaryAt(blocks, k)) {
      k++;
    }
    if (k >= blocks.size() || !isTitleish(blocks.get(k)) || blocks.get(k).kind() == BlockKind.HEADING) {
      return false;
    }
    int next = endOfTitles(blocks, k);
    return !openerFollows(blocks, next) && briefFollows(blocks, next);
  }

  private static final Pattern LIST_LINE = Pattern.compile("^\\s*(?:[-*•·]|\\d{1,2}[.、．])\\s*\\S");

  /** A block whose lines are items of a list ("- 全体天元区中小學生再放假一天！", "1.…"). */
  static boolean isList(Block b) {
    String[] lines = b.raw().strip().split("\n");
    int items = 0;
    for (String line : lines) {
      if (LIST_LINE.matcher(line).find()) {
        items++;
      }
    }
    return b.kind() == BlockKind.BODY && items >= 2 && items * 2 >= lines.length;
  }





  static boolean isTitleish(Block b) {
    return b.kind() == BlockKind.TITLE || (b.kind() == BlockKind.HEADING && b.level() <= 2);
  }

  static int endOfTitles(List<Block> blocks, int i) {
    int j = i;
    while (j < blocks.size() && isTitleish(blocks.get(j))) {
      j++;
    }
    return j;
  }

  /** Where nothing more of the article follows: a title, a page's furniture, another story's mark, the end. */
  static boolean boundaryAt(List<Block> blocks, int k) {
    if (k >= blocks.size()) {
      return true;
    }
    BlockKind kind = blocks.get(k).kind();
    return isTitleish(blocks.get(k)) || kind == BlockKind.PAGE || kind == BlockKind.STAFF
        || kind == BlockKind.CONTINUED_FROM;
  }

  /**
   * A byline, an author's name or a news lead within the next blocks (photos and their captions
   * may stand between a headline and its text) marks a new article.
   */
  static boolean openerFollows(List<Block> blocks, int from) {
    int seen = 0;
    for (int k = from; k < blocks.size() && seen < 2; k++) {
      Block b = blocks.get(k);
      if (b.kind() == BlockKind.CAPTION || BlockReader.isPhotoCredit(b)) {
        continue;
      }
      if (isOpener(b)) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /** The first block after {@code from}, photos and captions aside, is a byline, a signature or a news lead. */
  static boolean openerNext(List<Block> blocks, int from) {
    for (int k = from; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (b.kind() == BlockKind.CAPTION || BlockReader.isPhotoCredit(b)) {
        continue;
      }
      return !BlockReader.isPhotoCredit(b) && isOpener(b);
    }
    return false;
  }

  /** A byline, an author's name, a news lead or a letter's salutation: how an article's text opens. */
  private static boolean isOpener(Block b) {
    return b.kind() == BlockKind.BYLINE || b.kind() == BlockKind.SIGNATURE
        || (b.kind() == BlockKind.BODY && (LEAD.matcher(b.text()).find() || Bylines.lead(b.text()).isPresent()
            || SALUTATION.matcher(b.text()).find()));
  }

  /**
   * The text under a title ends in a closer of its own (an author's signature, a photo credit after
   * the text, a "(下转2版)" mark): a story of its own, not a section of the article before.
   */
  static boolean endsWithCloser(List<Block> blocks, int from) {
    Block last = null;
    for (int k = from; k < blocks.size() && !boundaryAt(blocks, k); k++) {
      Block b = blocks.get(k);
      if (b.kind() == BlockKind.CONTINUED_TO) {
        return true;
      }
      if (b.kind() != BlockKind.CAPTION) {
        last = b;
      }
    }
    return last != null && (last.kind() == BlockKind.SIGNATURE || BlockReader.isPhotoCredit(last));
  }

  static boolean briefFollows(List<Block> blocks, int from) {
    int paragraphs = 0;
    int chars = 0;
    for (int k = from; k < blocks.size() && !boundaryAt(blocks, k); k++) {
      Block b = blocks.get(k);
      if (b.kind() != BlockKind.BODY) {
        return false;
      }
      paragraphs++;
      chars += b.text().length();
    }
    return paragraphs > 0 && isBrief(paragraphs, chars);
  }

  static boolean isBrief(int paragraphs, int chars) {
    return paragraphs <= BRIEF_PARAGRAPHS && chars <= BRIEF_CHARS;
  }

  /**
   * A line with a comma inside and no closing punctuation, whose last clause is long, is a sentence
   * cut at a column ("会上,株洲市自然资源和规划局"); a subhead's clauses are short ("集群式培育,待风起").
   */
  static boolean looksLikeBrokenSentence(Block b) {
    String t = b.text();
    int comma = Math.max(t.lastIndexOf(','), t.lastIndexOf('，'));
    return comma > 0 && t.length() - comma - 1 >= BROKEN_CLAUSE;
  }

  /** A title's last clause is shorter than this; a longer one is a sentence cut at a column. */
  static final int BROKEN_CLAUSE = 8;
}
