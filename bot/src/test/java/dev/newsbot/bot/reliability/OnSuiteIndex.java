package dev.newsbot.bot.reliability;

import dev.newsbot.retrieval.NewsIndex;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of the reliability suites that run the bot in this JVM: the suite's shared index
 * (real model) with the dev questions, and a data folder of each test's own for {@code bot.db}.
 */
abstract class OnSuiteIndex {

  static NewsIndex index;
  static List<String> questions;

  @TempDir
  Path dataDir;

  @BeforeAll
  static void openTheSuiteIndex() {
    index = SuiteIndex.shared();
    questions = SuiteIndex.devQuestions();
  }
}
