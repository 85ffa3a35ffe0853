package dev.newsbot.retrieval;

import dev.newsbot.retrieval.eval.PlainReply;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.text.Language;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * all-MiniLM-L6-v2 end to end on an English paper (a small one written for this test), and what
 * happens when the model setting changes under an existing index.
 */
class EnglishCorpusIT {

  static final Path ENGLISH = Path.of("src/test/resources/english");

  @TempDir
  Path data;

  @Test
  void miniLmIndexesAndAnswersAnEnglishPaper() {
    try (NewsIndex index = NewsIndex.open(data, EmbeddingChoice.ALL_MINILM_L6_V2)) {
      IndexReport r = index.indexFolder(ENGLISH, false, IndexProgress.NONE);
      assertThat(r.added()).containsExactly("riverside-gazette_2024-05-02.txt");
      assertThat(index.embeddingModel()).isEqualTo("all-minilm-l6-v2");
      IssueInfo issue = index.issues().get(0);
      assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 5, 2));
      assertThat(issue.dateInferred()).isFalse();
      assertThat(issue.articles()).isEqualTo(3);

      Answer a = index.ask("How long is the flood barrier on the east bank?");
      assertThat(a.abstained()).isFalse();
      assertThat(a.language()).isEqualTo(Language.ENGLISH);
      assertThat(PlainReply.of(a)).startsWith("According to 《Flood barrier on the east bank finished early》").contains("2.4 kilometres");
      Citation length = a.citations().stream().filter(c -> c.quote().contains("2.4 kilometres")).findFirst()
          .orElseThrow();
      assertThat(List.of(length.title(), length.paper(), String.valueOf(length.date()), length.paragraph()))
          .containsExactly("Flood barrier on the east bank finished early", "Riverside Gazette", "2024-05-02", 2);

      Answer who = index.ask("Who cut the ribbon at the new library?");
      assertThat(PlainReply.of(who)).contains("Mayor Helen Ortiz cut the ribbon");
    }
  }

  @Test
  void changingTheModelEmbedsEveryPassageAgainInsteadOfMixingVectors() {
    try (NewsIndex index = NewsIndex.open(data, EmbeddingChoice.ALL_MINILM_L6_V2)) {
      index.indexFolder(ENGLISH, false, IndexProgress.NONE);
    }
    try (NewsIndex index = NewsIndex.open(data, EmbeddingChoice.BGE_SMALL_ZH_V15)) {
      assertThat(index.embeddingModel()).isEqualTo("bge-small-zh-v15");
      assertThat(index.issues()).hasSize(1);
      Answer a = index.ask("Which team won the state robotics championship?");
      assertThat(PlainReply.of(a)).contains("Lincoln High School");
    }
  }
}
