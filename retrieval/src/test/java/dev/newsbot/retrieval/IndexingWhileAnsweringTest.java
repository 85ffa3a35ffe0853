package dev.newsbot.retrieval;

import dev.newsbot.retrieval.eval.PlainReply;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.search.SearchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Questions keep being answered from the old index while a run writes; a second run is refused. */
class IndexingWhileAnsweringTest {

  @TempDir
  Path dir;

  @Test
  void questionsAreAnsweredFromTheOldIndexUntilTheRunCommits() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.copy(NewsIndexIT.SEEDS.resolve("000_6a32f752367869b0.txt"), seeds.resolve("000_6a32f752367869b0.txt"));
    String question = "这次下雪咱们株洲市区能积多厚的雪？";
    try (NewsIndex index = NewsIndex.open(dir.resolve("data"), new HashingEmbedder(64), SearchMode.LEXICAL)) {
      index.indexFolder(seeds, false, IndexProgress.NONE);
      Answer before = index.ask(question);
      assertThat(PlainReply.of(before)).contains("6至8厘米");
      for (String f : List.of("002_a6ff651a8bc0a567.txt", "003_6c0e209a15f5e767.txt")) {
        Files.copy(NewsIndexIT.SEEDS.resolve(f), seeds.resolve(f));
      }

      CountDownLatch embedding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      ExecutorService pool = Executors.newSingleThreadExecutor();
      Future<IndexReport> run = pool.submit(() -> index.indexFolder(seeds, false, (phase, done, total) -> {
        if (phase.equals("embedding") && done > 0) {
          embedding.countDown();
          await(release);
        }
      }));
      assertThat(embedding.await(60, TimeUnit.SECONDS)).isTrue();
      assertThat(index.isIndexing()).isTrue();
      assertThat(index.ask(question)).isEqualTo(before);
      assertThat(index.issues()).hasSize(1);
      assertThatThrownBy(() -> index.indexFolder(seeds, false, IndexProgress.NONE))
          .isInstanceOf(IndexBusyException.class)
          .hasMessage("an indexing run is already under way: wait for it to finish and try again");
      release.countDown();
      IndexReport report = run.get(60, TimeUnit.SECONDS);
      pool.shutdown();
      assertThat(report.added()).hasSize(2);
      assertThat(index.issues()).hasSize(3);
      assertThat(index.ask("株洲的“龙地名”").passages())
          .anySatisfy(p -> assertThat(p.issue()).isEqualTo("003_6c0e209a15f5e767.txt"));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
