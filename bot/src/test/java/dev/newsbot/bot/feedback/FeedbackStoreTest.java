package dev.newsbot.bot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.text.Language;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackStoreTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T08:30:00Z"), ZoneOffset.UTC);
  static final Citation CITATION = new Citation(1, "001_4237cd71e9e911f0.txt", "株洲日报", LocalDate.of(2024, 3, 9),
      true, "书画等级考试今日开始报名", 1, 491, 526, "考生可在3月11日9:00至4月8日16:00登录中国教育考试网报名。", "孙晓静", 1);
  static final Answer ANSWER = Answer.quoted("考书画等级要在哪个网站上报名？", Language.CHINESE, List.of(CITATION));
  static final String TEXT = "据《书画等级考试今日开始报名》：“…”[1]";

  @TempDir
  Path dir;

  @Test
  void keepsAnswersWithTheirCitations() {
    try (FeedbackStore store = FeedbackStore.open(dir, CLOCK)) {
      long id = store.recordAnswer(-1001, 501, ANSWER, TEXT);
      store.attachMessage(id, 77);
      SentAnswer sent = store.answer(id).orElseThrow();
      assertThat(sent).isEqualTo(new SentAnswer(id, -1001, 77, store.userHash(501), ANSWER.question(), TEXT,
          Language.CHINESE, false, List.of(CITATION), CLOCK.instant()));
      assertThat(sent.citation(1)).contains(CITATION);
      assertThat(sent.citation(2)).isEmpty();
      assertThat(store.answer(id + 1)).isEmpty();
    }
  }

  @Test
  void theSubheadACitationStandsUnderIsKept() {
    Citation underSubhead = new Citation(1, "001_4237cd71e9e911f0.txt", "株洲日报", LocalDate.of(2024, 3, 9), false,
        "标题", 4, 600, 610, "产值增长。", "", 2, null, "山乡换新颜,产业正起步");
    try (FeedbackStore store = FeedbackStore.open(dir, CLOCK)) {
      long id = store.recordAnswer(-1001, 501, Answer.quoted("产值呢？", Language.CHINESE, List.of(underSubhead)), TEXT);
      assertThat(store.answer(id).orElseThrow().citation(1)).contains(underSubhead);
    }
  }

  @Test
  void votesAreOnePerReaderAndExportedAsJsonLines() throws Exception {
    try (FeedbackStore store = FeedbackStore.open(dir, CLOCK)) {
      long id = store.recordAnswer(501, 501, ANSWER, TEXT);
      assertThat(store.recordVote(id, 501, Vote.UP)).isTrue();
      assertThat(store.recordVote(id, 501, Vote.DOWN)).isTrue();
      assertThat(store.recordVote(id + 5, 501, Vote.UP)).isFalse();
      assertThat(store.counts()).isEqualTo(new FeedbackCounts(1, 0, 0, 1));
      StringWriter out = new StringWriter();
      assertThat(store.exportJsonLines(out)).isEqualTo(1);
      assertThat(out.toString()).isEqualTo("{\"answer_id\":" + id + ",\"vote\":\"down\","
          + "\"voted_at\":\"2024-05-01T08:30:00Z\",\"user\":\"" + store.userHash(501) + "\","
          + "\"question\":\"考书画等级要在哪个网站上报名？\",\"answer\":\"据《书画等级考试今日开始报名》：“…”[1]\","
          + "\"language\":\"chinese\",\"abstained\":false,\"answered_at\":\"2024-05-01T08:30:00Z\","
          + "\"citations\":[{\"n\":1,\"issue\":\"001_4237cd71e9e911f0.txt\",\"paper\":\"株洲日报\","
          + "\"date\":\"2024-03-09\",\"date_inferred\":true,\"title\":\"书画等级考试今日开始报名\",\"paragraph\":1,"
          + "\"start\":491,\"end\":526,\"quote\":\"考生可在3月11日9:00至4月8日16:00登录中国教育考试网报名。\","
          + "\"author\":\"孙晓静\",\"page\":1}]}\n");
    }
  }

  @Test
  void theSaltIsKeptSoHashesAreStableButDifferFromFileToFile(@TempDir Path other) {
    String hash;
    try (FeedbackStore store = FeedbackStore.open(dir)) {
      hash = store.userHash(501);
      assertThat(hash).hasSize(64).isNotEqualTo(store.userHash(502));
    }
    try (FeedbackStore again = FeedbackStore.open(dir); FeedbackStore elsewhere = FeedbackStore.open(other)) {
      assertThat(again.userHash(501)).isEqualTo(hash);
      assertThat(elsewhere.userHash(501)).isNotEqualTo(hash);
    }
  }
}
