package dev.newsbot.retrieval;

import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.search.SearchMode;
import java.nio.file.Path;

/**
 * A separate process that indexes a folder, for tests that kill it with SIGKILL mid-way. It
 * prints each phase change on standard output so that the parent knows when to strike.
 */
public final class IndexingChild {

  private IndexingChild() {}

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    Path seeds = Path.of(args[1]);
    try (NewsIndex index = NewsIndex.open(data, new HashingEmbedder(CrashSafetyIT.DIMENSION), SearchMode.HYBRID)) {
      String[] last = {""};
      index.indexFolder(seeds, false, (phase, done, total) -> {
        if (!phase.equals(last[0])) {
          last[0] = phase;
          System.out.println(phase);
          System.out.flush();
        }
      });
      System.out.println("done");
    }
  }
}
