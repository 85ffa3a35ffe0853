package dev.newsbot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Byline;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.eval.PlainReply;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words of a reply, from the catalogs: exact texts, and the same text evaluation measures. */
class AnswerTextTest {

  static final Citation SIGNED = new Citation(1, "001_x.txt", "株洲日报", LocalDate.of(2024, 1, 21), true, "标题",
      3, 10, 20, "昨天上午,雪停了。", "马文章", 2, new Byline(Byline.Role.AUTHOR, "马文章"));
  static final Citation SAME_ARTICLE = new Citation(2, "001_x.txt", "株洲日报", LocalDate.of(2024, 1, 21), true,
      "标题", 4, 30, 40, "路面结冰。", "马文章", 2, new Byline(Byline.Role.AUTHOR, "马文章"));
  static final Citation PHOTO = new Citation(3, "002_y.txt", "株洲日报", null, false, "图片新闻", 1, 5, 9,
      "雪后的公园。", "", 0, new Byline(Byline.Role.PHOTOGRAPHER, "李摄"));

  @TempDir
  Path dir;

  @Test
  void aQuotedAnswerNamesTheArticleItsCreditAndTheDayMeant() {
    Answer a = new Answer("哪天雪停的？", Answer.Outcome.QUOTED, Language.CHINESE, List.of(SIGNED, SAME_ARTICLE, PHOTO),
        List.of(), List.of(), LocalDate.of(2024, 1, 20));
    assertThat(AnswerText.of(a)).isEqualTo("据《标题》（作者：马文章，2024-01-21）：“昨天上午,雪停了。”[1]（即2024年1月20日）"
        + "“路面结冰。”[2]\n据《图片新闻》（摄影：李摄）：“雪后的公园。”[3]");
    Answer en = new Answer("When did the snow stop?", Answer.Outcome.QUOTED, Language.ENGLISH,
        List.of(SIGNED, PHOTO), List.of(), List.of(), LocalDate.of(2024, 1, 20));
    assertThat(AnswerText.of(en)).isEqualTo("According to 《标题》 (by 马文章, 2024-01-21): “昨天上午,雪停了。”[1]"
        + " (that is, 20 January 2024)\nAccording to 《图片新闻》 (photo: 李摄): “雪后的公园。”[3]");
  }

  @Test
  void aSourceLineGivesPaperDatePageParagraphAndAuthor() {
    assertThat(AnswerText.source(SIGNED, Messages.CHINESE)).isEqualTo("《标题》，株洲日报，2024-01-21（推断），第2版，第3段，作者：马文章");
    assertThat(AnswerText.source(SIGNED, Messages.ENGLISH))
        .isEqualTo("《标题》, 株洲日报, 2024-01-21 (inferred), page 2, paragraph 3, by 马文章");
    assertThat(AnswerText.source(PHOTO, Messages.CHINESE)).isEqualTo("《图片新闻》，株洲日报，日期不详，第1段");
    assertThat(AnswerText.source(PHOTO, Messages.ENGLISH)).isEqualTo("《图片新闻》, 株洲日报, date unknown, paragraph 1");
  }

  @Test
  void aSourceLineNamesTheSubheadTheQuoteStandsUnder() {
    Citation underSubhead = new Citation(1, "001_x.txt", "株洲日报", LocalDate.of(2024, 1, 21), false, "标题", 5, 10,
        20, "产值增长。", "", 3, Byline.NONE, "山乡换新颜,产业正起步");
    assertThat(AnswerText.source(underSubhead, Messages.CHINESE))
        .isEqualTo("《标题》“山乡换新颜,产业正起步”一节，株洲日报，2024-01-21，第3版，第5段");
    assertThat(AnswerText.source(underSubhead, Messages.ENGLISH))
        .isEqualTo("《标题》 (section “山乡换新颜,产业正起步”), 株洲日报, 2024-01-21, page 3, paragraph 5");
  }

  @Test
  void anAbstentionSaysWhy() {
    assertThat(AnswerText.of(abstention(Answer.Outcome.NOT_FOUND, Language.CHINESE, List.of("标题"))))
        .isEqualTo("报纸已收录的各期没有报道这一内容。最接近的文章如下：");
    assertThat(AnswerText.of(abstention(Answer.Outcome.NOT_FOUND, Language.ENGLISH, List.of())))
        .isEqualTo("The indexed issues of the paper did not report that.");
    assertThat(AnswerText.of(abstention(Answer.Outcome.UNUSABLE, Language.ENGLISH, List.of())))
        .isEqualTo("Please ask a question about the news, in a sentence (Chinese or English).");
    assertThat(AnswerText.of(abstention(Answer.Outcome.FAILED, Language.CHINESE, List.of())))
        .isEqualTo("抱歉，报纸索引暂时无法检索，请稍后再试。");
  }

  /** Evaluation measures retrieval's plain reply: it must be the text readers get. */
  @Test
  void evaluationMeasuresTheTextReadersGet() throws IOException {
    List<Answer> answers = new ArrayList<>();
    for (Answer.Outcome o : Answer.Outcome.values()) {
      for (Language l : List.of(Language.CHINESE, Language.ENGLISH)) {
        answers.add(abstention(o, l, List.of("标题")));
        answers.add(abstention(o, l, List.of()));
      }
    }
    answers.add(new Answer("哪天？", Answer.Outcome.QUOTED, Language.CHINESE, List.of(SIGNED, SAME_ARTICLE, PHOTO),
        List.of(), List.of(), LocalDate.of(2024, 1, 20)));
    answers.add(new Answer("When?", Answer.Outcome.QUOTED, Language.ENGLISH, List.of(SIGNED, PHOTO), List.of(),
        List.of(), LocalDate.of(2024, 12, 3)));
    try (NewsIndex index = NewsIndex.open(dir, new HashingEmbedder(32), SearchMode.LEXICAL)) {
      index.indexFolder(Path.of("..", "seeds"), false, IndexProgress.NONE);
      for (String q : questions(Path.of("..", "retrieval", "src", "test", "resources", "dev-questions.jsonl"))) {
        answers.add(index.ask(q));
      }
    }
    assertThat(answers.stream().filter(a -> !a.abstained()).count()).isGreaterThan(20);
    for (Answer a : answers) {
      assertThat(AnswerText.of(a)).as(a.question()).isEqualTo(PlainReply.of(a));
    }
  }

  private static Answer abstention(Answer.Outcome outcome, Language language, List<String> closest) {
    return new Answer("问题", outcome, language, List.of(), List.of(), closest, null);
  }

  private static List<String> questions(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(json.readTree(line).path("question").asText());
      }
    }
    assertThat(out).hasSize(47);
    return out;
  }
}
