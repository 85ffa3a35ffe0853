package dev.newsbot.retrieval.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.ingest.SeedIssues;
import dev.newsbot.retrieval.search.SearchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links in the seeds folder are refused by name, never followed; the other files are indexed. */
class SymlinkTest {

  @TempDir
  Path dir;

  @Test
  void linksToAFileOutsideAndToASystemFileAreRefusedByName() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Files.copy(SeedIssues.dir().resolve(SeedIssues.FILES.get(0)), seeds.resolve("good.txt"));
    // a real issue outside the folder: refused for being a link, not for what it holds
    Files.copy(SeedIssues.dir().resolve(SeedIssues.FILES.get(1)), outside.resolve("issue.txt"));
    Files.createSymbolicLink(seeds.resolve("linked.txt"), outside.resolve("issue.txt").toAbsolutePath());
    Files.createSymbolicLink(seeds.resolve("passwd.txt"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(seeds.resolve("dangling.md"), outside.resolve("none.txt"));
    // a real issue whose sidecar is a link
    Files.copy(SeedIssues.dir().resolve(SeedIssues.FILES.get(2)), seeds.resolve("dated.txt"));
    Files.writeString(outside.resolve("meta.properties"), "date=2024-03-12\n");
    Files.createSymbolicLink(seeds.resolve("dated.properties"), outside.resolve("meta.properties"));
    assertThat(Indexer.issueFiles(seeds)).hasSize(5);

    try (NewsIndex index = NewsIndex.open(dir.resolve("data"), new HashingEmbedder(64), SearchMode.LEXICAL)) {
      IndexReport r = index.indexFolder(seeds, false, IndexProgress.NONE);
      String link = " is a symbolic link, and newsbot does not follow links: copy the issue file itself into the folder";
      assertThat(r.added()).isEqualTo(List.of("good.txt"));
      assertThat(r.rejected()).isEqualTo(List.of("dangling.md" + link,
          "dated.txt is skipped: its sidecar dated.properties is a symbolic link, and newsbot does not follow links:"
              + " put the file itself beside the issue",
          "linked.txt" + link, "passwd.txt" + link));
      assertThat(index.issues()).extracting(IssueInfo::issue).containsExactly("good.txt");
      assertThat(index.ask("root").citations()).isEmpty();
    }
  }
}
