package dev.newsbot.bot.cli;

import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.config.Setting;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.PrintStream;
import java.nio.file.Files;

/** Opens the index the settings name, indexing the seeds folder first when it is empty. */
final class Indexes {

  private Indexes() {}

  static NewsIndex open(Config config, SearchMode mode) {
    return NewsIndex.open(config.dataDir(), config.embeddingModel(), mode, config.paperName(), config.store());
  }

  /** Opens the index; when it holds no issue yet, indexes the seeds folder with progress on {@code err}. */
  static NewsIndex openReady(Config config, SearchMode mode, PrintStream err) {
    NewsIndex index = open(config, mode);
    if (index.issues().isEmpty()) {
      if (!Files.isDirectory(config.seedsDir())) {
        index.close();
        throw new UserError("the index is empty and there is no seeds folder at " + config.seedsDir().toAbsolutePath()
            + ": run from the project folder or set " + Setting.SEEDS_DIR.envName());
      }
      err.println("First start: indexing the issues in " + config.seedsDir() + " …");
      IndexReport r = index.indexFolder(config.seedsDir(), false, new ProgressBar(err, System.console() != null));
      err.println(dev.newsbot.bot.admin.ReportText.of(r));
    }
    return index;
  }
}
