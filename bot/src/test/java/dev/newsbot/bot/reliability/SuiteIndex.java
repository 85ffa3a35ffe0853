package dev.newsbot.bot.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.indexing.IndexProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real index of the five seed issues (real model, real SQLite file) and the dev questions
 * about them, shared by the whole suite. The index lives in the folder the Telegram tests use,
 * so that a test JVM embeds the seeds once whichever suite runs first; the suite only reads it.
 */
final class SuiteIndex {

  static final Path SEEDS = Path.of("..", "seeds");
  static final Path DIR = Path.of("target", "telegram-it", "seed-index");
  static final Path DEV_QUESTIONS = Path.of("..", "retrieval", "src", "test", "resources", "dev-questions.jsonl");

  private static NewsIndex index;

  private SuiteIndex() {}

  static synchronized NewsIndex shared() {
    if (index == null) {
      if (!Files.isDirectory(SEEDS)) {
        throw new IllegalStateException("no seeds folder at " + SEEDS.toAbsolutePath());
      }
      NewsIndex opened = NewsIndex.open(DIR, EmbeddingChoice.DEFAULT);
      opened.indexFolder(SEEDS, true, IndexProgress.NONE);
      Runtime.getRuntime().addShutdownHook(new Thread(opened::close));
      index = opened;
    }
    return index;
  }

  /** The dev set's questions, in file order. */
  static List<String> devQuestions() {
    ObjectMapper json = new ObjectMapper();
    List<String> questions = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(DEV_QUESTIONS)) {
        if (!line.isBlank()) {
          JsonNode q = json.readTree(line);
          questions.add(q.path("question").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dev questions at " + DEV_QUESTIONS.toAbsolutePath(), e);
    }
    return List.copyOf(questions);
  }
}
