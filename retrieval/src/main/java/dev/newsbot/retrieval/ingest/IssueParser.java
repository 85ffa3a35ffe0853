package dev.newsbot.retrieval.ingest;

import dev.newsbot.retrieval.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the text of one issue into articles: headlines (markdown headings and plain title
 * lines), bylines, captions and numbered paragraphs, each with offsets into the text. Sentences
 * broken across a column break are joined back into one paragraph.
 */
public final class IssueParser {

  private static final Pattern LEAD = Pattern.compile("^(株洲日报讯|.{0,12}日报讯|本报讯|.{0,20}(记者|通讯员)[/／])");
  private static final String SENTENCE_END = "。！？!?.…”\"’；;：:）)】";

  private IssueParser() {}

  public static ParsedIssue parse(String file, String text, IssueMeta meta) {
    List<Block> blocks = BlockReader.read(text);
    List<ArticleBuilder> built = new ArrayList<>();
    ArticleBuilder current = null;
    int i = 0;
    while (i < blocks.size()) {
      Block b = blocks.get(i);
      if (isTitleish(b)) {
        int j = i;
        while (j < blocks.size() && isTitleish(blocks.get(j))) {
          j++;
        }
        List<Block> group = blocks.subList(i, j);
        if (current != null && group.size() == 1 && b.kind() == BlockKind.TITLE && looksLikeBrokenSentence(b)
            && j < blocks.size() && blocks.get(j).kind() == BlockKind.BODY && !leadFollows(blocks, j)) {
          current.addBody(text, b);
        } else if (current == null || startsArticle(group) || leadFollows(blocks, j) || signedOff(blocks, i, current)) {
          current = new ArticleBuilder(built.size() + 1, group);
          built.add(current);
        } else {
          for (Block sub : group) {
            current.add(text, ParagraphKind.SUBHEAD, sub);
          }
        }
        i = j;
        continue;
      }
      if (current == null) {
        current = new ArticleBuilder(built.size() + 1, List.of());
        built.add(current);
      }
      switch (b.kind()) {
        case HEADING -> current.add(text, ParagraphKind.SUBHEAD, b);
        case BYLINE -> current.addByline(b);
        case LABEL -> current.add(text, ParagraphKind.LABEL, b);
        case CAPTION -> current.add(text, ParagraphKind.CAPTION, b);
        default -> current.addBody(text, b);
      }
      i++;
    }
    List<Article> articles = new ArrayList<>();
    for (ArticleBuilder a : built) {
      if (!a.paragraphs.isEmpty()) {
        articles.add(a.build(articles.size() + 1));
      }
    }
    return new ParsedIssue(file, text, meta, articles);
  }

  private static boolean isTitleish(Block b) {
    return b.kind() == BlockKind.TITLE || (b.kind() == BlockKind.HEADING && b.level() <= 2);
  }

  private static boolean startsArticle(List<Block> group) {
    return group.stream().anyMatch(b -> b.kind() == BlockKind.HEADING);
  }

  /** A byline or a "株洲日报讯" lead within the next two blocks marks a new article. */
  private static boolean leadFollows(List<Block> blocks, int from) {
    for (int k = from; k < Math.min(blocks.size(), from + 2); k++) {
      Block b = blocks.get(k);
      if ((b.kind() == BlockKind.BYLINE && !BlockReader.isPhotoCredit(b))
          || (b.kind() == BlockKind.BODY && LEAD.matcher(b.text()).find())) {
        return true;
      }
    }
    return false;
  }

  /** The article before was signed by its author ("市委党校法学教研部 汤蕾"): a title after that starts a new one. */
  private static boolean signedOff(List<Block> blocks, int titleAt, ArticleBuilder current) {
    Block before = titleAt > 0 ? blocks.get(titleAt - 1) : null;
    return before != null && before.kind() == BlockKind.BYLINE && !BlockReader.isPhotoCredit(before)
        && current.hasBody();
  }

  /** A short line with a comma inside and no closing punctuation is a sentence cut at a column. */
  private static boolean looksLikeBrokenSentence(Block b) {
    return b.text().indexOf(',') > 0 || b.text().indexOf('，') > 0;
  }

  private static boolean endsSentence(String text) {
    return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** Collects one article's parts while the blocks are read. */
  private static final class ArticleBuilder {
    private final String title;
    private final int start;
    private final List<String> bylines = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();

    ArticleBuilder(int ordinal, List<Block> titleGroup) {
      this.title = titleGroup.isEmpty() ? "" : joinTitle(titleGroup);
      this.start = titleGroup.isEmpty() ? -1 : titleGroup.get(0).start();
    }

    void add(String text, ParagraphKind kind, Block b) {
      paragraphs.add(new Paragraph(paragraphs.size() + 1, kind, b.start(), b.end(), b.text()));
    }

    boolean hasBody() {
      return paragraphs.stream().anyMatch(p -> p.kind() == ParagraphKind.BODY);
    }

    void addByline(Block b) {
      if (!BlockReader.isPhotoCredit(b)) {
        bylines.add(b.text());
      }
    }

    /** Adds running text, joining it to the previous paragraph when that one stopped mid-sentence. */
    void addBody(String text, Block b) {
      Paragraph last = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
      if (last != null && last.kind() == ParagraphKind.BODY && !endsSentence(last.text())) {
        String joined = Whitespace.normalize(text.substring(last.start(), b.end()));
        paragraphs.set(paragraphs.size() - 1, new Paragraph(last.n(), last.kind(), last.start(), b.end(), joined));
        return;
      }
      int from = skipRepeatedFragment(text, last, b);
      String body = Whitespace.normalize(text.substring(from, b.end()));
      paragraphs.add(new Paragraph(paragraphs.size() + 1, ParagraphKind.BODY, from, b.end(), body));
      String lead = leadByline(body);
      if (!lead.isEmpty() && bylines.isEmpty()) {
        bylines.add(lead);
      }
    }

    /**
     * Column breaks sometimes repeat the last characters of the previous paragraph ("…255万千瓦。"
     * then "瓦。目前…"); the repeated fragment is skipped.
     */
    private static int skipRepeatedFragment(String text, Paragraph last, Block b) {
      int stop = text.indexOf('。', b.start());
      if (last == null || stop < 0 || stop >= b.end() || stop - b.start() > 4 || stop + 1 >= b.end()) {
        return b.start();
      }
      String fragment = text.substring(b.start(), stop + 1);
      return last.text().endsWith(fragment) ? stop + 1 : b.start();
    }

    private static String leadByline(String body) {
      if (!body.contains("日报讯")) {
        return "";
      }
      int close = body.indexOf(')');
      int closeWide = body.indexOf('）');
      int end = close < 0 ? closeWide : (closeWide < 0 ? close : Math.min(close, closeWide));
      return end > 0 && end < 60 ? body.substring(0, end + 1) : "";
    }

    private static String joinTitle(List<Block> group) {
      StringBuilder sb = new StringBuilder();
      for (Block b : group) {
        if (sb.length() > 0 && !b.text().startsWith("—")) {
          sb.append(' ');
        }
        sb.append(b.text());
      }
      return sb.toString();
    }

    Article build(int ordinal) {
      int from = start >= 0 ? start : paragraphs.get(0).start();
      int to = paragraphs.get(paragraphs.size() - 1).end();
      String headline = title.isEmpty() ? firstWords(paragraphs.get(0).text()) : title;
      return new Article(ordinal, headline, String.join("；", bylines), from, to, paragraphs);
    }

    private static String firstWords(String text) {
      return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
  }
}
