package dev.newsbot.retrieval;

import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.ingest.SeedIssues;
import dev.newsbot.retrieval.search.SearchMode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of the tests that run without the model: the five seed issues indexed into a real
 * SQLite file in a temporary folder, with the test embedder, answering in lexical mode.
 */
abstract class OnLexicalSeeds {

  @TempDir
  static Path dir;
  static NewsIndex index;

  @BeforeAll
  static void indexTheSeeds() {
    index = NewsIndex.open(dir, new HashingEmbedder(32), SearchMode.LEXICAL);
    index.indexFolder(SeedIssues.dir(), false, IndexProgress.NONE);
  }

  @AfterAll
  static void closeTheIndex() {
    index.close();
  }
}
