package dev.newsbot.bot.reliability;

import dev.newsbot.bot.conversation.AnswerText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An issue added and removed again leaves the index as it was: the same questions get the same
 * answers. Lexical search alone (a model-free embedder), so that only the SQLite side is tested.
 */
class IndexAfterRemovalTest {

  @TempDir
  Path dir;

  @Test
  void anIssueAddedAndRemovedLeavesTheAnswersAsTheyWere() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    try (var files = Files.list(SuiteIndex.SEEDS)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    List<String> questions = SuiteIndex.devQuestions();
    try (NewsIndex index = NewsIndex.open(dir.resolve("data"), new HashingEmbedder(64), SearchMode.LEXICAL)) {
      index.indexFolder(seeds, true, IndexProgress.NONE);
      Map<String, List<String>> before = answers(index, questions);
      Files.copy(seeds.resolve(ReindexWhileAnswering.COPIED), seeds.resolve(ReindexWhileAnswering.EXTRA));
      index.indexFolder(seeds, true, IndexProgress.NONE);
      Files.delete(seeds.resolve(ReindexWhileAnswering.EXTRA));
      index.indexFolder(seeds, true, IndexProgress.NONE);
      assertThat(index.issues()).hasSize(5);
      Map<String, List<String>> after = answers(index, questions);
      List<String> changed = questions.stream().filter(q -> !before.get(q).equals(after.get(q))).toList();
      assertThat(changed).as("questions whose answer or passages changed").isEmpty();
    }
  }

  /** Each question's reply text, cited spans, and retrieved passages with their scores. */
  static Map<String, List<String>> answers(NewsIndex index, List<String> questions) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (String q : questions) {
      Answer a = index.ask(q);
      List<String> shown = new ArrayList<>();
      shown.add(AnswerText.of(a));
      a.citations().forEach(c -> shown.add("cites " + c.issue() + ":" + c.start() + "-" + c.end()));
      a.passages().forEach(p -> shown.add("passage " + p.rank() + " " + p.issue() + ":" + p.start() + "-" + p.end()
          + " score " + p.score()));
      answers.put(q, shown);
    }
    return answers;
  }
}
