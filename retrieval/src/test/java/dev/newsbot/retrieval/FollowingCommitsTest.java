package dev.newsbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.search.SearchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two indexes open on one file, as two processes hold it: what one commits, the other answers
 * from within seconds, without being reopened; its health state says when it is behind.
 */
class FollowingCommitsTest {

  @TempDir
  Path dir;

  @Test
  void anIndexFollowsAnotherOnesAddAndPrune() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.copy(NewsIndexIT.SEEDS.resolve("000_6a32f752367869b0.txt"), seeds.resolve("000_6a32f752367869b0.txt"));
    HashingEmbedder embedder = new HashingEmbedder(64);
    try (NewsIndex writer = NewsIndex.open(dir.resolve("data"), embedder, SearchMode.LEXICAL)) {
      writer.indexFolder(seeds, false, IndexProgress.NONE);
      try (NewsIndex reader = NewsIndex.open(dir.resolve("data"), embedder, SearchMode.LEXICAL)) {
        assertThat(reader.issues()).extracting(IssueInfo::issue).containsExactly("000_6a32f752367869b0.txt");

        Files.copy(NewsIndexIT.SEEDS.resolve("001_4237cd71e9e911f0.txt"), seeds.resolve("001_4237cd71e9e911f0.txt"));
        writer.indexFolder(seeds, false, IndexProgress.NONE);
        long added = awaitMillis(() -> reader.issues().size() == 2);
        assertThat(reader.issues()).extracting(IssueInfo::issue)
            .containsExactlyInAnyOrder("000_6a32f752367869b0.txt", "001_4237cd71e9e911f0.txt");
        assertThat(reader.state().current()).isTrue();
        assertThat(reader.issueText("001_4237cd71e9e911f0.txt")).isPresent();

        Files.delete(seeds.resolve("000_6a32f752367869b0.txt"));
        writer.indexFolder(seeds, true, IndexProgress.NONE);
        long pruned = awaitMillis(() -> reader.issues().size() == 1);
        assertThat(reader.issues()).extracting(IssueInfo::issue).containsExactly("001_4237cd71e9e911f0.txt");
        assertThat(reader.issueText("000_6a32f752367869b0.txt")).isEmpty();
        assertThat(List.of(added, pruned)).allSatisfy(ms -> assertThat(ms).isLessThan(5_000));
      }
    }
  }

  /** Milliseconds until {@code done} holds, polled every 20 ms for at most 30 s. */
  private static long awaitMillis(BooleanSupplier done) throws InterruptedException {
    long t0 = System.nanoTime();
    for (int k = 0; k < 1_500 && !done.getAsBoolean(); k++) {
      Thread.sleep(20);
    }
    assertThat(done.getAsBoolean()).as("followed within 30 s").isTrue();
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
