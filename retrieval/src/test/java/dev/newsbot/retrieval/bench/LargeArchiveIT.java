package dev.newsbot.retrieval.bench;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.QuestionFiles;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.eval.Evaluation;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.search.Retriever;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.ScoredId;
import dev.newsbot.retrieval.store.StoredChunk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed issues in an archive of synthetic ones large enough that questions' terms grow too
 * common for the FTS5 query (in over 5,000 passages): lexical search must then still find what
 * the query of every term finds, through the term index.
 */
class LargeArchiveIT {

  /** Paragraphs written; the chunker makes about 0.8 passages of each. */
  private static final int PARAGRAPHS = 72_000;

  @TempDir
  Path dir;

  @Test
  void lexicalSearchKeepsEveryTermQualityWhenTermsGrowCommon() throws Exception {
    Path issues = dir.resolve("issues");
    new SyntheticIssues(Path.of("../seeds"), 7).write(issues, PARAGRAPHS, 300);
    try (var seeds = Files.list(Path.of("../seeds"))) {
      for (Path f : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, issues.resolve(f.getFileName()));
      }
    }
    Path data = dir.resolve("data");
    try (NewsIndex index = NewsIndex.open(data, new HashingEmbedder(32), SearchMode.LEXICAL)) {
      index.indexFolder(issues, false, IndexProgress.NONE);
    }

    List<EvalQuestion> questions = QuestionFiles.read("dev-questions.jsonl").stream()
        .filter(EvalQuestion::answerable).toList();
    try (IndexStore store = IndexStore.open(data.resolve(NewsIndex.FILE_NAME))) {
      Corpus corpus = store.load();
      assertThat(corpus.chunks()).hasSizeGreaterThan(50_000);
      Map<Long, StoredChunk> byId = corpus.chunksById();
      Retriever retriever = new Retriever(store, SearchMode.LEXICAL);
      int leftOut = 0;
      int found = 0;
      int foundByEveryTerm = 0;
      int foundByRarest = 0;
      for (EvalQuestion q : questions) {
        Query query = Query.of(q.question(), corpus);
        leftOut += query.leftOutTerms() ? 1 : 0;
        found += holds(top10(retriever.lexical(query)), byId, q) ? 1 : 0;
        foundByEveryTerm += holds(store.match(query.everyTerm(), 10), byId, q) ? 1 : 0;
        foundByRarest += holds(store.match(query.searchTerms(), 10), byId, q) ? 1 : 0;
      }
      assertThat(leftOut).as("questions whose rarest terms are in over 5,000 passages")
          .isGreaterThan(questions.size() / 2);
      assertThat(found).as("dev answers in the top ten (every-term FTS5 query: %d, rarest terms only: %d)",
          foundByEveryTerm, foundByRarest).isGreaterThanOrEqualTo(foundByEveryTerm - 1).isGreaterThan(foundByRarest);
    }
  }

  private static List<ScoredId> top10(List<ScoredId> ranked) {
    return ranked.subList(0, Math.min(10, ranked.size()));
  }

  private static boolean holds(List<ScoredId> found, Map<Long, StoredChunk> byId, EvalQuestion q) {
    String expected = Evaluation.squash(q.answer());
    return found.stream().map(s -> byId.get(s.id()))
        .anyMatch(c -> c != null && Evaluation.holdsAnswer(q, expected, c.issue().file(), c.text()));
  }
}
