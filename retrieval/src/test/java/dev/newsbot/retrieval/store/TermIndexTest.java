package dev.newsbot.retrieval.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene term index on a real folder: generations, failed writes, ranking. */
class TermIndexTest {

  @TempDir
  Path dir;

  @Test
  void aNewIndexIsBehindEveryStore() throws IOException {
    try (TermIndex index = TermIndex.open(dir)) {
      assertThat(index.generation()).isEqualTo(TermIndex.NONE);
      assertThat(index.search(List.of("积雪"), 5, 0)).isEmpty();
    }
  }

  @Test
  void searchRanksByBm25AndAnswersOnlyAtItsGeneration() throws Exception {
    try (TermIndex index = TermIndex.open(dir)) {
      index.rebuild(3, sink -> {
        sink.accept(1, "积雪 厘米 积 雪");
        sink.accept(2, "积雪 积");
        sink.accept(3, "公安 火车 公 安");
      });
      assertThat(index.generation()).isEqualTo(3);
      assertThat(index.search(List.of("积雪", "厘米"), 5, 3).orElseThrow()).extracting(ScoredId::id)
          .containsExactly(1L, 2L);
      assertThat(index.search(List.of("积雪"), 5, 4)).isEmpty();
    }
  }

  @Test
  void aWriteThatFailsLeavesTheLastCommit() throws Exception {
    try (TermIndex index = TermIndex.open(dir)) {
      index.rebuild(1, sink -> sink.accept(1, "积雪 厘米"));
      assertThatThrownBy(() -> index.rebuild(2, sink -> {
        sink.accept(2, "积雪");
        throw new IOException("the store went away");
      })).hasMessageContaining("went away");
      assertThat(index.generation()).isEqualTo(1);
      assertThat(index.search(List.of("积雪"), 5, 1).orElseThrow()).extracting(ScoredId::id).containsExactly(1L);
    }
    try (TermIndex reopened = TermIndex.open(dir)) {
      assertThat(reopened.generation()).isEqualTo(1);
    }
  }

  @Test
  void aCommitIsAppliedOnlyOnTheGenerationBeforeIt() throws Exception {
    try (TermIndex index = TermIndex.open(dir)) {
      index.rebuild(1, sink -> {
        sink.accept(1, "积雪 厘米");
        sink.accept(2, "积雪");
      });
      assertThat(index.apply(5, 6, List.of(1L), Map.of(3L, "积雪"))).isFalse();
      assertThat(index.generation()).isEqualTo(1);
      assertThat(index.apply(1, 2, List.of(1L), Map.of(3L, "积雪 积雪"))).isTrue();
      assertThat(index.search(List.of("积雪"), 5, 2).orElseThrow()).extracting(ScoredId::id)
          .containsExactlyInAnyOrder(2L, 3L);
    }
  }
}
