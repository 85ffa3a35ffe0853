package dev.newsbot.retrieval.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text reads like a newspaper issue, from signs any paper shares, in any language:
 * most of its text stands in paragraphs of sentences, a headline (a short line without closing
 * punctuation) or a page marker comes before them, and almost none of it is the markup of
 * software documentation (code fences, tables, inline code, links, shell prompts). A README or a
 * configuration file has the markup or lacks the paragraphs; {@code /etc/passwd} has neither.
 *
 * @param lines        non-blank lines
 * @param markupShare  share of the characters of non-blank lines that are documentation markup
 * @param proseShare   share of those characters in paragraphs of sentences
 * @param cjkShare     share of the letters that are Han characters (kept for the report)
 * @param headlines    short unpunctuated lines followed by a paragraph
 * @param pageMarkers  lines that are page markers or running heads ("第02版")
 */
public record IssueShape(int lines, double markupShare, double proseShare, double cjkShare, int headlines,
    int pageMarkers) {

  /** More documentation markup than this and a text is no issue (the seeds have none). */
  static final double MAX_MARKUP = 0.10;
  /** Less of the text in paragraphs of sentences than this and it is no issue (committed issues: 67 % and more). */
  static final double MIN_PROSE = 0.40;
  /** A paragraph shorter than this is no paragraph of sentences (a caption, a list item). */
  private static final int MIN_PARAGRAPH = 40;
  private static final int MAX_HEADLINE = 60;

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?.…”\"」』）)：:；;]\\s*$");
  /** How a sentence ends, not a headline: a closing quote or bracket may end either ("打好…“阻击战”"). */
  private static final Pattern CLAUSE_END = Pattern.compile("[。！？!?.…，,、：:；;]\\s*$");
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。！？][^\\n]|[.!?]\\s+\\p{Lu}");
  private static final Pattern MARKUP = Pattern.compile("^(?:\\||\\$ |>>> )|`|https?://|^\\s*<[a-zA-Z/!]");
  private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~)");
  private static final Pattern BLOCKS = Pattern.compile("\\n\\s*\\n");

  /** Measures {@code text} (already decoded, line ends "\n"). */
  public static IssueShape of(String text) {
    int lines = 0;
    long chars = 0;
    long markup = 0;
    int pageMarkers = 0;
    boolean inFence = false;
    for (String line : text.split("\n", -1)) {
      String s = line.strip();
      if (s.isEmpty()) {
        continue;
      }
      lines++;
      chars += s.length();
      boolean fence = FENCE.matcher(s).find();
      if (fence || inFence || MARKUP.matcher(s).find()) {
        markup += s.length();
      }
      inFence ^= fence;
      if (Markers.page(s).isPresent()) {
        pageMarkers++;
      }
    }
    String[] blocks = BLOCKS.split(text.strip());
    long prose = 0;
    int headlines = 0;
    for (int k = 0; k < blocks.length; k++) {
      boolean isProse = isProse(blocks[k]);
      if (isProse) {
        prose += blocks[k].strip().length();
      }
      if (isProse && k > 0 && isHeadline(blocks[k - 1])) {
        headlines++;
      }
    }
    return new IssueShape(lines, share(markup, chars), share(prose, chars), cjkShare(text), headlines, pageMarkers);
  }

  /** True when the text reads like a newspaper issue. */
  public boolean readsLikeAnIssue() {
    return markupShare <= MAX_MARKUP && proseShare >= MIN_PROSE && headlines + pageMarkers > 0;
  }

  /**
   * Refuses a text that does not read like an issue, saying which sign is missing and what to send.
   *
   * @throws RejectedIssueException naming {@code fileName}
   */
  public static void require(String fileName, String text) {
    IssueShape shape = of(text);
    if (shape.readsLikeAnIssue()) {
      return;
    }
    String why;
    if (shape.markupShare > MAX_MARKUP) {
      why = percent(shape.markupShare) + " of its text is code, tables or links, as in software documentation";
    } else if (shape.proseShare < MIN_PROSE) {
      why = "only " + percent(shape.proseShare) + " of its text stands in paragraphs of sentences";
    } else {
      why = "no paragraph has a headline or page marker before it";
    }
    throw new RejectedIssueException(fileName + " does not read like a newspaper issue (" + why + "): send the"
        + " text of one issue, headlines and paragraphs separated by blank lines");
  }

  private static boolean isProse(String block) {
    String s = block.strip();
    // a paragraph cut by a page or column break ends mid-sentence, but holds sentences before the cut
    if (s.length() < MIN_PARAGRAPH || !SENTENCE_END.matcher(s).find() && !SENTENCE_INSIDE.matcher(s).find()) {
      return false;
    }
    for (String line : s.split("\n")) {
      if (FENCE.matcher(line).find() || MARKUP.matcher(line.strip()).find()) {
        return false;
      }
    }
    return true;
  }

  /** One to three short lines without closing punctuation: a headline with its kicker, or a byline. */
  private static boolean isHeadline(String block) {
    String[] lines = block.strip().split("\n");
    if (lines.length > 3) {
      return false;
    }
    for (String line : lines) {
      String s = line.strip();
      while (s.startsWith("#")) {
        s = s.substring(1);
      }
      s = s.strip();
      int n = s.codePointCount(0, s.length());
      if (n < 2 || n > MAX_HEADLINE || CLAUSE_END.matcher(s).find() || MARKUP.matcher(s).find()) {
        return false;
      }
    }
    return true;
  }

  private static double cjkShare(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    long han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    return share(han, letters);
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", share * 100);
  }
}
