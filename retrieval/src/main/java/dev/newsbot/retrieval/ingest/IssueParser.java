package dev.newsbot.retrieval.ingest;

import dev.newsbot.retrieval.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the text of one issue into articles: headlines (markdown headings and plain title
 * lines), credits, captions and numbered paragraphs, each with offsets into the text and the page
 * it is on. Sentences broken across a column break are joined back into one paragraph.
 *
 * <p>Where an article starts is read from the signs a page gives, not from one paper's words: a
 * heading; a title with a byline, a news lead or an author's name just after it; a title after an
 * article closed by its author's signature, a photo credit (picture news), a "(下转2版)" mark, a
 * page marker or page staff; a title whose own text ends in such a closer; short unsigned briefs
 * one after another. The rest of a story continued from another page ("◀◀上接01版") is an article
 * of its own, under the headline of the story it continues when the issue holds that story.
 */
public final class IssueParser {

  /** Opening words of a news lead without a bracketed byline ("本报讯", "记者/…"). */
  private static final Pattern LEAD = Pattern.compile("^(.{0,12}报讯|.{0,20}(记者|通讯员)[/／])");
  /** Short unsigned items one after another are briefs, each its own article. */
  static final int BRIEF_PARAGRAPHS = 2;
  static final int BRIEF_CHARS = 300;
  /** Picture news has at most this many paragraphs of text besides its captions before its credit. */
  static final int PICTURE_PARAGRAPHS = 2;

  private IssueParser() {}

  public static ParsedIssue parse(String file, String text, IssueMeta meta) {
    return new ParsedIssue(file, text, meta, Continuations.build(new Reading(text).read()));
  }

  /** One pass over an issue's blocks: the article being read, the page, whether briefs are running. */
  private static final class Reading {
    private final String text;
    private final List<Block> blocks;
    private final List<ArticleBuilder> built = new ArrayList<>();
    private ArticleBuilder current;
    private int page;
    /** Under a column of briefs ("简讯"): every title starts an item until the page or a heading changes. */
    private boolean briefs;

    Reading(String text) {
      this.text = text;
      this.blocks = BlockReader.read(text);
    }

    List<ArticleBuilder> read() {
      int i = 0;
      while (i < blocks.size()) {
        Block b = blocks.get(i);
        switch (b.kind()) {
          case PAGE -> {
            page = Markers.page(b.text()).orElse(page);
            closeCurrent();
            briefs = false;
          }
          case STAFF -> {
            closeCurrent();
            briefs = false;
          }
          case CONTINUED_TO -> {
            if (current != null) {
              current.continuesOn(Markers.continuedToPage(b.text()));
            }
          }
          case CONTINUED_FROM -> {
            String rest = b.text().substring(Markers.continuedFrom(b.text())).strip();
            current = ArticleBuilder.continuation(Markers.continuedFromPage(b.text()), rest);
            built.add(current);
            briefs = false;
          }
          case BYLINE -> byline(i);
          case SIGNATURE -> signature(i);
          default -> {
            if (isTitleish(b)) {
              int j = endOfTitles(blocks, i);
              title(i, j);
              i = j;
              continue;
            }
            open();
            switch (b.kind()) {
              case HEADING -> current.add(ParagraphKind.SUBHEAD, b, page);
              case LABEL -> current.add(ParagraphKind.LABEL, b, page);
              case CAPTION -> current.add(ParagraphKind.CAPTION, b, page);
              default -> current.addBody(text, b, page);
            }
          }
        }
        i++;
      }
      return built;
    }

    private void title(int i, int j) {
      List<Block> group = blocks.subList(i, j);
      if (BlockReader.isBriefColumn(group.get(0))) {
        closeCurrent(); // "简讯": the column's name is no headline; each item under it is an article
        briefs = true;
        group = group.subList(1, group.size());
        if (group.isEmpty()) {
          return;
        }
        i++;
      } else if (group.stream().anyMatch(g -> g.kind() == BlockKind.HEADING)) {
        briefs = false;
      }
      Block b = group.get(0);
      if (j < blocks.size() && blocks.get(j).kind() == BlockKind.STAFF) {
        return; // a section's name over its page staff ("就业·创业", "责任编辑:…"): no headline
      }
      if (current != null && current.continuation() && current.isEmpty() && current.title().isEmpty()) {
        current.retitle(group); // the continued story's headline, repeated under its mark
        return;
      }
      boolean open = current != null && !current.closed();
      if (open && !briefs && group.size() == 1 && b.kind() == BlockKind.TITLE && looksLikeBrokenSentence(b)
          && j < blocks.size() && blocks.get(j).kind() == BlockKind.BODY && !openerFollows(blocks, j)) {
        current.addBody(text, b, page);
        return;
      }
      if (open && current.title().isEmpty() && current.hasBody() && current.lastKind() == BlockKind.BYLINE
          && !BlockReader.isPhotoCredit(blocks.get(i - 1))) {
        current.retitle(group); // a deck and its byline printed above the headline
        return;
      }
      if (!open || briefs || startsArticle(group, blocks, j, current)) {
        current = ArticleBuilder.titled(group);
        built.add(current);
        return;
      }
      for (Block sub : group) {
        current.add(ParagraphKind.SUBHEAD, sub, page);
      }
    }

    private void byline(int i) {
      Block b = blocks.get(i);
      boolean credit = BlockReader.isPhotoCredit(b);
      if (current != null && current.closed() && credit) {
        current.addByline(b); // a credit under the last photo of a closed article
        return;
      }
      open();
      current.addByline(b);
      if (credit && !current.isEmpty() && current.bodyParagraphs() <= PICTURE_PARAGRAPHS && boundaryAt(blocks, i + 1)) {
        current.close(); // picture news: a caption or a few lines, the credit, then the next story
      }
    }

    private void signature(int i) {
      Block b = blocks.get(i);
      Author author = Bylines.signature(b.raw()).orElseThrow();
      if (current != null && !current.closed() && !current.hasBody()) {
        current.addSignature(b, author); // under the headline
        return;
      }
      if (current != null && !current.closed() && boundaryAt(blocks, i + 1)) {
        current.addSignature(b, author); // at the end: it closes the article
        current.close();
        return;
      }
      open();
      current.addBody(text, b.as(BlockKind.BODY), page);
    }

    private void open() {
      if (current == null || current.closed()) {
        current = ArticleBuilder.untitled();
        built.add(current);
      }
    }

    private void closeCurrent() {
      if (current != null) {
        current.close();
      }
    }
  }

  private static boolean startsArticle(List<Block> group, List<Block> blocks, int j, ArticleBuilder current) {
    if (group.stream().anyMatch(g -> g.kind() == BlockKind.HEADING) || openerFollows(blocks, j)) {
      return true;
    }
    if (current.hasOpener() && endsWithCloser(blocks, j)) {
      return true;
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

  /** After the text that starts at {@code from}, another title whose text is short too. */
  private static boolean nextBriefFollows(List<Block> blocks, int from) {
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
  private static boolean isList(Block b) {
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

  private static int endOfTitles(List<Block> blocks, int i) {
    int j = i;
    while (j < blocks.size() && isTitleish(blocks.get(j))) {
      j++;
    }
    return j;
  }

  /** Where nothing more of the article follows: a title, a page's furniture, another story's mark, the end. */
  private static boolean boundaryAt(List<Block> blocks, int k) {
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
      if ((b.kind() == BlockKind.BYLINE) || b.kind() == BlockKind.SIGNATURE
          || (b.kind() == BlockKind.BODY && (LEAD.matcher(b.text()).find() || Bylines.lead(b.text()).isPresent()))) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /**
   * The text under a title ends in a closer of its own (an author's signature, a photo credit after
   * the text, a "(下转2版)" mark): a story of its own, not a section of the article before.
   */
  private static boolean endsWithCloser(List<Block> blocks, int from) {
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

  private static boolean briefFollows(List<Block> blocks, int from) {
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

  private static boolean isBrief(int paragraphs, int chars) {
    return paragraphs <= BRIEF_PARAGRAPHS && chars <= BRIEF_CHARS;
  }

  /**
   * A line with a comma inside and no closing punctuation, whose last clause is long, is a sentence
   * cut at a column ("会上,株洲市自然资源和规划局"); a subhead's clauses are short ("集群式培育,待风起").
   */
  private static boolean looksLikeBrokenSentence(Block b) {
    String t = b.text();
    int comma = Math.max(t.lastIndexOf(','), t.lastIndexOf('，'));
    return comma > 0 && t.length() - comma - 1 >= BROKEN_CLAUSE;
  }

  /** A title's last clause is shorter than this; a longer one is a sentence cut at a column. */
  static final int BROKEN_CLAUSE = 8;
}
