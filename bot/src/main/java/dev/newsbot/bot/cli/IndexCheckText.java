package dev.newsbot.bot.cli;

import dev.newsbot.retrieval.NewsIndex;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code index --check}: SQLite's integrity_check of the index file, in words an operator acts on. */
final class IndexCheckText {

  static final int DAMAGED = 1;

  private IndexCheckText() {}

  static int run(Path dataDir, PrintStream out) {
    Path file = dataDir.resolve(NewsIndex.FILE_NAME).toAbsolutePath();
    List<String> problems = NewsIndex.check(dataDir);
    if (problems.isEmpty()) {
      out.println("ok: " + file + " passes SQLite's integrity_check");
      return 0;
    }
    out.println("damaged: " + file + " fails SQLite's integrity_check:");
    problems.forEach(p -> out.println("  " + p));
    out.println("To recover, stop newsbot, then either copy a backup made by 'newsbot backup DIR' in its place"
        + " (and delete " + file.getFileName() + "-wal, -shm and -terms beside it), or move it away and run"
        + " 'newsbot index' to index the seeds folder again.");
    return DAMAGED;
  }
}
