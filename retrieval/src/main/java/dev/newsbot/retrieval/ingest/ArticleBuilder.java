package dev.newsbot.retrieval.ingest;

import dev.newsbot.retrieval.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/** Collects one article's parts while an issue's blocks are read. */
final class ArticleBuilder {

  private static final String SENTENCE_END = "。！？!?.…”\"’；;：:）)】";

  private String title;
  private int titleStart;
  private final List<String> bylines = new ArrayList<>();
  private final List<Author> authors = new ArrayList<>();
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final boolean continuation;
  private final int fromPage;
  private int toPage;
  private boolean opener;
  private boolean closed;
  private BlockKind lastKind;

  private ArticleBuilder(String title, int titleStart, boolean continuation, int fromPage) {
    this.title = title;
    this.titleStart = titleStart;
    this.continuation = continuation;
    this.fromPage = fromPage;
  }

  static ArticleBuilder titled(List<Block> titleGroup) {
    return new ArticleBuilder(joinTitle(titleGroup), titleGroup.get(0).start(), false, 0);
  }

  static ArticleBuilder untitled() {
    return new ArticleBuilder("", -1, false, 0);
  }

  /** The rest of a story from another page; {@code repeated} is its headline when the mark repeats it. */
  static ArticleBuilder continuation(int fromPage, String repeated) {
    return new ArticleBuilder(repeated, -1, true, fromPage);
  }

  void retitle(List<Block> titleGroup) {
    title = joinTitle(titleGroup);
    if (titleStart < 0 && paragraphs.isEmpty()) {
      titleStart = titleGroup.get(0).start();
    }
  }

  String title() {
    return title;
  }

  boolean continuation() {
    return continuation;
  }

  int fromPage() {
    return fromPage;
  }

  int toPage() {
    return toPage;
  }

  /** The story goes on on {@code page} ("(下转02版)"): this piece ends here. */
  void continuesOn(int page) {
    toPage = page;
    closed = true;
  }

  void close() {
    closed = true;
  }

  boolean closed() {
    return closed;
  }

  /** Whether a byline, a news lead or an author's name opens the article. */
  boolean hasOpener() {
    return opener;
  }

  BlockKind lastKind() {
    return lastKind;
  }

  boolean hasBody() {
    return paragraphs.stream().anyMatch(p -> p.kind() == ParagraphKind.BODY);
  }

  int bodyParagraphs() {
    return (int) paragraphs.stream().filter(p -> p.kind() == ParagraphKind.BODY).count();
  }

  int bodyChars() {
    return paragraphs.stream().filter(p -> p.kind() == ParagraphKind.BODY).mapToInt(p -> p.text().length()).sum();
  }

  void add(ParagraphKind kind, Block b, int page) {
    paragraphs.add(new Paragraph(paragraphs.size() + 1, kind, b.start(), b.end(), b.text(), page));
    lastKind = b.kind();
  }

  /** A byline or photo credit; a byline before any text opens the article. Photographers join the authors only. */
  void addByline(Block b) {
    if (!BlockReader.isPhotoCredit(b)) {
      bylines.add(b.text());
    }
    addAuthors(Bylines.read(b.raw()));
    if (!BlockReader.isPhotoCredit(b) && !hasBody()) {
      opener = true;
    }
    lastKind = b.kind();
  }

  /** An author who signs the article: under its headline (an opener) or at its end. */
  void addSignature(Block b, Author author) {
    if (author.name().isEmpty()) {
      // "(作者单位:…)" names no one: it is where the author who signed above works
      for (int k = authors.size() - 1; k >= 0; k--) {
        Author a = authors.get(k);
        if (a.role().isEmpty() && a.unit().isEmpty() && !a.photographer()) {
          authors.set(k, new Author("", author.unit(), a.name(), false));
          break;
        }
      }
      lastKind = b.kind();
      return;
    }
    bylines.add(b.text());
    addAuthors(List.of(author));
    if (!hasBody()) {
      opener = true;
    }
    lastKind = b.kind();
  }

  private void addAuthors(List<Author> found) {
    for (Author a : found) {
      int known = -1;
      for (int k = 0; k < authors.size(); k++) {
        if (authors.get(k).name().equals(a.name())) {
          known = k;
        }
      }
      if (known < 0) {
        authors.add(a);
      } else if (authors.get(known).photographer() && !a.photographer()) {
        authors.set(known, a); // who wrote it, not only who took its photo
      }
    }
  }

  /** Adds running text, joining it to the previous paragraph when that one stopped mid-sentence. */
  void addBody(String text, Block b, int page) {
    Paragraph last = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
    lastKind = BlockKind.BODY;
    if (last != null && last.kind() == ParagraphKind.BODY && !endsSentence(last.text())) {
      String joined = Whitespace.normalize(text.substring(last.start(), b.end()));
      paragraphs.set(paragraphs.size() - 1, new Paragraph(last.n(), last.kind(), last.start(), b.end(), joined,
          last.page()));
      return;
    }
    int from = skipRepeatedFragment(text, last, b);
    String body = Whitespace.normalize(text.substring(from, b.end()));
    boolean first = !hasBody();
    paragraphs.add(new Paragraph(paragraphs.size() + 1, ParagraphKind.BODY, from, b.end(), body, page));
    if (first) {
      String raw = text.substring(from, b.end());
      Bylines.lead(raw).ifPresent(lead -> {
        bylines.add(Whitespace.normalize(raw.substring(0, lead.end())));
        addAuthors(lead.authors());
        opener = true;
      });
    }
  }

  private static boolean endsSentence(String text) {
    return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
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

  /**
   * The headline as printed: its lines and blocks (kicker, main title, subtitle) joined by one
   * space, the spaces that part its segments kept ("耗资300万元改造下水道 不通反堵").
   */
  static String joinTitle(List<Block> group) {
    StringBuilder sb = new StringBuilder();
    for (Block b : group) {
      String line = BlockReader.unemphasized(b.raw().strip().replaceAll("[\\s\u00A0\u3000]+", " "));
      if (sb.length() > 0 && !line.startsWith("—")) {
        sb.append(' ');
      }
      sb.append(line);
    }
    return sb.toString();
  }

  boolean isEmpty() {
    return paragraphs.isEmpty();
  }

  /** The article; {@code headline} replaces an empty title (a continuation's, or the first words). */
  Article build(int ordinal, String headline) {
    int first = paragraphs.get(0).start();
    int from = titleStart >= 0 ? Math.min(titleStart, first) : first;
    int to = paragraphs.get(paragraphs.size() - 1).end();
    return new Article(ordinal, headline, String.join("；", bylines), authors, continuation, from, to, paragraphs);
  }

  List<Author> authors() {
    return List.copyOf(authors);
  }

  String firstWords() {
    String text = paragraphs.get(0).text();
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }
}
