package dev.newsbot.retrieval.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.search.SearchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file whose name the locale cannot decode is reported and skipped; the others are indexed. */
class BadFileNameTest {

  static final Path SEED = Path.of("..", "seeds", "001_4237cd71e9e911f0.txt");

  @Test
  void aNameThatIsNotInTheLocalesEncodingIsRejectedByNameAndTheRestIsIndexed(@TempDir Path dir) throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.copy(SEED, seeds.resolve("good.txt"));
    // 株 in GBK (0xD6EA) is not UTF-8: Java reads the name as "bad-\uFFFD\uFFFD.txt" and cannot open it by that name
    Process cp = new ProcessBuilder("sh", "-c", "cp good.txt \"$(printf 'bad-\\326\\352.txt')\"")
        .directory(seeds.toFile()).inheritIO().start();
    assertThat(cp.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(cp.exitValue()).isZero();
    assertThat(Indexer.issueFiles(seeds)).hasSize(2);

    try (NewsIndex index = NewsIndex.open(dir.resolve("data"), new HashingEmbedder(64), SearchMode.LEXICAL)) {
      IndexReport r = index.indexFolder(seeds, false, IndexProgress.NONE);
      assertThat(r.added()).isEqualTo(List.of("good.txt"));
      assertThat(r.rejected()).isEqualTo(List.of("bad-\uFFFD\uFFFD.txt is skipped: its name is not "
          + System.getProperty("sun.jnu.encoding") + " text, the encoding this system's locale gives file names;"
          + " rename it (e.g. convmv -f GBK -t UTF-8)"));
      assertThat(index.issues()).extracting(i -> i.issue()).containsExactly("good.txt");
    }
  }
}
