package dev.newsbot.retrieval.pdf;

import dev.newsbot.retrieval.ingest.Article;
import dev.newsbot.retrieval.ingest.IssueMeta;
import dev.newsbot.retrieval.ingest.IssueParser;
import dev.newsbot.retrieval.ingest.Paragraph;
import dev.newsbot.retrieval.ingest.ParsedIssue;
import dev.newsbot.retrieval.ingest.SeedIssues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two sample e-paper PDFs of the shared material (beside the checkout, in ../shared) give
 * the articles of the seed issue each was typeset from: its headlines and every paragraph's
 * text, whitespace aside, in the seed's order; the date is the masthead's.
 */
class SamplePdfsTest {

  private static String squeeze(String s) {
    return s.replaceAll("[\\s#]+", "");
  }

  private static ParsedIssue pdf(String name) {
    PdfIssue pdf = PdfIssue.read(name, EpaperWriter.sample(name), (d, n) -> { });
    return IssueParser.parse(name, pdf.text(), new IssueMeta(pdf.paper(), pdf.date(), false));
  }

  /** The seed's paragraphs (headlines included) that do not stand, in order, in the PDF's text. */
  private static List<String> missingParagraphs(ParsedIssue seed, ParsedIssue pdf) {
    String body = squeeze(String.join("", pdf.articles().stream()
        .flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a.title()),
            a.paragraphs().stream().map(Paragraph::text))).toList()));
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (Article a : seed.articles()) {
      List<String> parts = new ArrayList<>();
      parts.add(a.title());
      a.paragraphs().forEach(p -> parts.add(p.text()));
      for (String part : parts) {
        String s = squeeze(part);
        int found = body.indexOf(s, at);
        if (s.isEmpty()) {
          continue;
        }
        if (found < 0) {
          missing.add(part);
        } else {
          at = found + s.length();
        }
      }
    }
    return missing;
  }

  private static List<String> titles(ParsedIssue issue) {
    return issue.articles().stream().filter(a -> !a.continuation()).map(a -> squeeze(a.title())).toList();
  }

  @Test
  void theFlowingSampleGivesSeed001sArticles() {
    ParsedIssue seed = SeedIssues.parse("001_4237cd71e9e911f0.txt");
    ParsedIssue pdf = pdf("sample-001-flowing.pdf");
    assertThat(pdf.meta().date()).isEqualTo(LocalDate.of(2024, 3, 9));
    assertThat(seed.articles()).hasSize(6);
    assertThat(missingParagraphs(seed, pdf)).isEmpty();
    assertThat(titles(pdf)).containsAll(titles(seed));
  }

  @Test
  void thePositionedSampleGivesSeed004sArticles() {
    ParsedIssue seed = SeedIssues.parse("004_45ad87969ec02bf0.txt");
    ParsedIssue pdf = pdf("sample-004-positioned.pdf");
    assertThat(pdf.meta().date()).isEqualTo(LocalDate.of(2023, 12, 23));
    assertThat(seed.articles()).hasSize(14);
    assertThat(missingParagraphs(seed, pdf)).isEmpty();
    // The sample sets these two headlines in 11 pt, no larger than a kicker, and the photo captions
    // beside them in 19 pt headline type: by the page's typography they are text and the captions
    // head the stories, as its README warns; their words are still all there (above).
    List<String> notHeadlines = new ArrayList<>(titles(seed));
    notHeadlines.removeAll(titles(pdf));
    assertThat(notHeadlines).containsExactly("第十届“技能天下”职业技能大赛落幕顶尖技能高手接受城市礼遇",
        "“技能大师走基层”宣讲他们的梦想被技能大师点亮");
  }
}
