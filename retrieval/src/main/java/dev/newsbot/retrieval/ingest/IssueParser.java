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


  private IssueParser() {}

  /** A numbered part's head: "一、", "（二）", "3." before its name. */
  private static final Pattern ORDINAL_HEAD = Pattern.compile(
      "^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[、.．]\\s*[\\p{IsHan}])");

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
            if (Boundaries.isTitleish(b)) {
              int j = Boundaries.endOfTitles(blocks, i);
              title(i, j);
              i = j;
              continue;
            }
            if (b.kind() == BlockKind.HEADING && Boundaries.openerNext(blocks, i + 1)) {
              title(i, i + 1); // a low heading over a byline or a news lead heads a story, not a section
              i++;
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
      boolean itemsUntitled = group.size() == 1 && j < blocks.size() && blocks.get(j).kind() == BlockKind.BODY;
      if (BlockReader.isBriefColumn(group.get(0)) && itemsUntitled) {
        closeCurrent(); // "一句话新闻" over untitled one-paragraph items: the column's name heads them
        briefs = false;
        current = ArticleBuilder.titled(group);
        built.add(current);
        return;
      }
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
      if (open && !briefs && group.size() == 1 && b.kind() == BlockKind.TITLE && ORDINAL_HEAD.matcher(b.text()).lookingAt()) {
        current.add(ParagraphKind.SUBHEAD, b, page); // "一、补贴对象": a numbered part of the article, no headline
        return;
      }
      if (open && !briefs && group.size() == 1 && b.kind() == BlockKind.TITLE && Boundaries.looksLikeBrokenSentence(b)
          && j < blocks.size() && blocks.get(j).kind() == BlockKind.BODY && !Boundaries.openerFollows(blocks, j)) {
        current.addBody(text, b, page);
        return;
      }
      if (open && current.title().isEmpty() && current.hasBody() && current.lastKind() == BlockKind.BYLINE
          && !BlockReader.isPhotoCredit(blocks.get(i - 1))) {
        current.retitle(group); // a deck and its byline printed above the headline
        return;
      }
      if (!open || briefs || Boundaries.startsArticle(group, blocks, j, current)) {
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
      if (credit && !current.isEmpty() && current.bodyParagraphs() <= Boundaries.PICTURE_PARAGRAPHS && Boundaries.boundaryAt(blocks, i + 1)) {
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
      if (current != null && !current.closed() && Boundaries.boundaryAt(blocks, i + 1)) {
        current.addSignature(b, author); // at the end: it closes the article
        current.close();
        return;
      }
      if (current != null && !current.closed() && current.hasBody()) {
        current.addSignature(b, author); // a letter signed before the paper's follow-up ("记者追踪：…")
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

}
