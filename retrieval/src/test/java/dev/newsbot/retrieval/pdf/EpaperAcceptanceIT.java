package dev.newsbot.retrieval.pdf;

import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.indexing.IndexReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's never-seen two-page e-paper under a file name without a date, indexed as
 * {@code index --add} does, with the real model: questions written from its own articles are
 * answered citing the right headline (the page-1 headline for the continued part), the masthead's
 * date and the right page, quoting text that PDFBox's plain text extraction (no geometry) finds in
 * the file; near misses abstain; English questions are answered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EpaperAcceptanceIT {

  private static final String PARKS = TwoPagePaper.KICKER + " " + TwoPagePaper.PARKS.replace(" ", "");
  private static final String COOL = TwoPagePaper.COOL;
  private static final String PRIZE = TwoPagePaper.PRIZE;

  /** A question, a fragment the answer must hold, the headline and page its citation must name. */
  record Asked(String question, String answer, String headline, int page) {}

  static final List<Asked> QUESTIONS = List.of(
      new Asked("城区今年新建了几座小游园？", "三座", PARKS, 1),
      new Asked("新建的小游园总面积有多大？", "1.2万平方米", PARKS, 1),
      new Asked("三座小游园分别在哪些区？", "石峰区、芦淞区和天元区", PARKS, 1),
      new Asked("小游园建设一共投入了多少资金？", "860万元", PARKS, 1),
      new Asked("小游园里新种了多少株树木？", "3000余株", PARKS, 1),
      new Asked("全市还要利用闲置空地再建几座小游园？", "四座", PARKS, 1),
      new Asked("新的四座小游园什么时候完成？", "明年6月底前", PARKS, 2),
      new Asked("新小游园的位置优先考虑哪里？", "老旧小区周边", PARKS, 2),
      new Asked("石峰区市民张华对小游园怎么说？", "很方便", PARKS, 2),
      new Asked("市总工会在哪个区给户外劳动者送降温物资？", "天元区", COOL, 1),
      new Asked("高温天气关心户外劳动者的活动持续到什么时候？", "8月底", COOL, 1),
      new Asked("这次高温关心活动预计服务多少名工人？", "3000余名", COOL, 1),
      new Asked("株洲一中学生刘明在全国科技创新大赛获得了几等奖？", "一等奖", PRIZE, 2),
      new Asked("刘明的获奖作品是什么？", "自动识别交通标志的小工具", PRIZE, 2),
      new Asked("株洲市第一中学一周安排几节科技课？", "两节", PRIZE, 2));

  static final List<String> NEAR_MISSES = List.of(
      "长沙今年新建了几座小游园？",
      "市总工会给每名环卫工人发了多少钱的补贴？",
      "刘明的获奖作品拿到了多少奖金？");

  record English(String question, String answer, String headline) {}

  static final List<English> ENGLISH = List.of(
      new English("How much money was invested in building the small parks?", "860万元", PARKS),
      new English("Which prize did Liu Ming win at the national science and technology innovation contest?",
          "一等奖", PRIZE));

  @TempDir
  static Path dir;

  private NewsIndex index;
  private String plainText;

  @BeforeAll
  void indexThePaper() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path file = seeds.resolve("epaper-frontpages.pdf");
    Files.write(file, TwoPagePaper.write());
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      plainText = squeeze(new PDFTextStripper().getText(doc));
    }
    index = NewsIndex.open(dir.resolve("data"), EmbeddingChoice.DEFAULT);
    IndexReport report = index.indexFile(file, IndexProgress.NONE);
    assertThat(report.added()).containsExactly("epaper-frontpages.pdf");
    assertThat(report.rejected()).isEmpty();
  }

  @AfterAll
  void close() {
    index.close();
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void theIssueCarriesTheMastheadsDateAndPaper() {
    IssueInfo issue = index.issues().get(0);
    assertThat(issue.date()).isEqualTo(LocalDate.of(2025, 6, 14));
    assertThat(issue.dateInferred()).isFalse();
    assertThat(issue.paper()).isEqualTo("株洲日报");
    assertThat(issue.articles()).isEqualTo(4);
  }

  @Test
  void atLeastThirteenOfFifteenQuestionsAreAnsweredFromTheRightArticleDateAndPage() {
    assertThat(QUESTIONS).hasSize(15);
    List<String> failed = new ArrayList<>();
    for (Asked q : QUESTIONS) {
      Answer a = index.ask(q.question());
      String why = check(a, q.answer(), q.headline(), q.page());
      if (why != null) {
        failed.add(q.question() + " → " + why + ": " + a.text());
      }
    }
    System.out.println("e-paper questions answered as they should be: " + (QUESTIONS.size() - failed.size()) + "/15 " + failed);
    assertThat(failed).as("questions not answered as they should be").hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void atLeastTwoOfThreeNearMissesAbstain() {
    assertThat(NEAR_MISSES).hasSize(3);
    long abstained = NEAR_MISSES.stream().map(index::ask).filter(Answer::abstained).count();
    System.out.println("e-paper near misses abstained: " + abstained + "/3");
    assertThat(abstained).isGreaterThanOrEqualTo(2);
  }

  @Test
  void atLeastOneOfTwoEnglishQuestionsIsAnswered() {
    assertThat(ENGLISH).hasSize(2);
    long answered = ENGLISH.stream().filter(e -> check(index.ask(e.question()), e.answer(), e.headline(), -1) == null)
        .count();
    System.out.println("e-paper English questions answered: " + answered + "/2");
    assertThat(answered).isGreaterThanOrEqualTo(1);
  }

  /** Null when the answer holds the fact, quoting the file's text from the right article, date and page. */
  private String check(Answer a, String fact, String headline, int page) {
    if (a.abstained()) {
      return "abstained";
    }
    if (!squeeze(a.text()).contains(squeeze(fact))) {
      return "the answer lacks " + fact;
    }
    for (Citation c : a.citations()) {
      if (!plainText.contains(squeeze(c.quote()))) {
        return "the quote is not in the PDF: " + c.quote();
      }
    }
    boolean right = a.citations().stream().anyMatch(c -> squeeze(c.quote()).contains(squeeze(fact))
        && c.title().equals(headline) && LocalDate.of(2025, 6, 14).equals(c.date()) && !c.dateInferred()
        && (page < 0 || c.page() == page));
    return right ? null : "no citation of 《" + headline + "》 page " + page + " holds it: " + a.citations();
  }
}
