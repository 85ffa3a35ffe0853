package dev.newsbot.retrieval.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.ingest.ParagraphKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a quote stands in its article: the subhead above it. */
class StoredArticleTest {

  private static final String TEXT = "开篇正文。\n山乡换新颜, 产业正起步\n第一节正文。\n第一节又一段。\n## 人**才**来了\n第二节正文。";

  private static StoredArticle article() {
    StoredIssue issue = new StoredIssue(1, "001_x.txt", "", "株洲日报", LocalDate.of(2024, 1, 21), false, TEXT, 1, 1);
    List<StoredParagraph> ps = List.of(
        paragraph(1, ParagraphKind.BODY, "开篇正文。"),
        paragraph(2, ParagraphKind.SUBHEAD, "山乡换新颜, 产业正起步"),
        paragraph(3, ParagraphKind.BODY, "第一节正文。"),
        paragraph(4, ParagraphKind.BODY, "第一节又一段。"),
        paragraph(5, ParagraphKind.SUBHEAD, "人**才**来了"),
        paragraph(6, ParagraphKind.BODY, "第二节正文。"));
    return new StoredArticle(issue, 0, "标题", "", List.of(), false, ps);
  }

  private static StoredParagraph paragraph(int n, ParagraphKind kind, String text) {
    int start = TEXT.indexOf(text);
    return new StoredParagraph(n, kind, start, start + text.length(), 1);
  }

  @Test
  void aQuoteBeforeAnySubheadStandsUnderNone() {
    assertThat(article().sectionAt(TEXT.indexOf("开篇"))).isEqualTo("");
  }

  @Test
  void aQuoteStandsUnderTheLastSubheadAboveIt() {
    StoredArticle a = article();
    // as quoted: the space extraction left beside Chinese text goes
    assertThat(a.sectionAt(TEXT.indexOf("第一节又"))).isEqualTo("山乡换新颜,产业正起步");
    assertThat(a.sectionAt(TEXT.indexOf("第二节"))).isEqualTo("人才来了");
  }
}
