package dev.newsbot.retrieval.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.ingest.SeedIssues;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A prune never erases the index by mistake: all or more than half is refused unless forced, and
 * what a prune removes is kept beside the index, from where it can be restored. Real SQLite file,
 * real seed issues, a model-free embedder.
 */
class PruneGuardTest {

  @TempDir
  Path dir;

  Path seeds;
  Path data;
  NewsIndex index;

  @BeforeEach
  void indexTheSeeds() throws IOException {
    seeds = Files.createDirectories(dir.resolve("seeds"));
    for (String f : SeedIssues.FILES) {
      Files.copy(SeedIssues.dir().resolve(f), seeds.resolve(f));
    }
    data = dir.resolve("data");
    index = NewsIndex.open(data, new HashingEmbedder(64), SearchMode.LEXICAL);
    assertThat(index.indexFolder(seeds, false, IndexProgress.NONE).added()).hasSize(5);
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void aPruneOfAnEmptyFolderRemovesNothingAndSaysWhatWouldGo() throws IOException {
    emptySeeds(5);
    IndexReport r = index.indexFolder(seeds, true, IndexProgress.NONE);
    assertThat(r.notPruned()).isEqualTo(SeedIssues.FILES);
    assertThat(r.removed()).isEmpty();
    assertThat(r.missing()).isEmpty();
    assertThat(r.keptIn()).isNull();
    assertThat(index.issues()).hasSize(5);
    assertThat(Files.exists(data.resolve("removed"))).isFalse();
  }

  @Test
  void moreThanHalfIsRefusedHalfIsNot() throws IOException {
    emptySeeds(3);
    IndexReport refused = index.indexFolder(seeds, true, IndexProgress.NONE);
    assertThat(refused.notPruned()).isEqualTo(SeedIssues.FILES.subList(0, 3));
    assertThat(index.issues()).hasSize(5);

    Files.copy(SeedIssues.dir().resolve(SeedIssues.FILES.get(1)), seeds.resolve(SeedIssues.FILES.get(1)));
    // 0 and 2 gone: 2 of 5, not more than half
    IndexReport pruned = index.indexFolder(seeds, true, IndexProgress.NONE);
    assertThat(pruned.notPruned()).isEmpty();
    assertThat(pruned.removed()).containsExactly(SeedIssues.FILES.get(0), SeedIssues.FILES.get(2));
    assertThat(index.issues()).hasSize(3);
  }

  @Test
  void aForcedPruneKeepsEveryRemovedTextAndCopyingItBackRestoresTheIndex() throws IOException {
    List<String> before = SeedIssues.FILES.stream().map(f -> index.issueText(f).orElseThrow()).toList();
    List<IssueInfo> issuesBefore = index.issues();
    emptySeeds(5);
    IndexReport r = index.indexFolder(seeds, Removal.FORCE, IndexProgress.NONE);
    assertThat(r.removed()).isEqualTo(SeedIssues.FILES);
    assertThat(index.issues()).isEmpty();
    Path kept = r.keptIn();
    assertThat(kept.getParent()).isEqualTo(data.toAbsolutePath().resolve("removed"));
    assertThat(kept.getFileName().toString()).matches("\\d{8}T\\d{6}Z");
    try (Stream<Path> s = Files.list(kept)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(10)
          .containsAll(SeedIssues.FILES).contains("000_6a32f752367869b0.properties");
    }
    for (int k = 0; k < SeedIssues.FILES.size(); k++) {
      assertThat(Files.readString(kept.resolve(SeedIssues.FILES.get(k)))).isEqualTo(before.get(k));
    }

    try (Stream<Path> s = Files.list(kept)) {
      for (Path p : s.toList()) {
        Files.copy(p, seeds.resolve(p.getFileName()));
      }
    }
    IndexReport restored = index.indexFolder(seeds, false, IndexProgress.NONE);
    assertThat(restored.added()).isEqualTo(SeedIssues.FILES);
    assertThat(restored.rejected()).isEmpty();
    assertThat(index.issues()).extracting(i -> i.issue() + " " + i.paper() + " " + i.date() + " " + i.articles()
        + " " + i.chunks()).isEqualTo(issuesBefore.stream().map(i -> i.issue() + " " + i.paper() + " " + i.date()
        + " " + i.articles() + " " + i.chunks()).toList());
    for (int k = 0; k < SeedIssues.FILES.size(); k++) {
      assertThat(index.issueText(SeedIssues.FILES.get(k))).contains(before.get(k));
    }
  }

  @Test
  void aReplacedEditionKeepsItsOldText() throws IOException {
    String file = SeedIssues.FILES.get(1);
    String old = index.issueText(file).orElseThrow();
    Files.writeString(seeds.resolve(file), old + "\n\n# 更正\n\n本报昨日一文中的数字有误，特此更正，并向读者致歉。\n");
    IndexReport r = index.indexFolder(seeds, false, IndexProgress.NONE);
    assertThat(r.changed()).containsExactly(file);
    assertThat(Files.readString(r.keptIn().resolve(file))).isEqualTo(old);
  }

  /** Deletes the first {@code n} seed files from the folder. */
  private void emptySeeds(int n) throws IOException {
    for (String f : SeedIssues.FILES.subList(0, n)) {
      Files.delete(seeds.resolve(f));
    }
  }
}
