package dev.newsbot.bot.cli;

import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.bot.admin.ReportText;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.search.SearchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code index}: brings the index in line with the seeds folder, or adds one file. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index the issues in the seeds folder (only new or changed ones).")
final class IndexCommand implements Callable<Integer> {

  @ParentCommand
  NewsbotCommand parent;

  @Option(names = "--add", paramLabel = "FILE", description = "Add or replace this one issue file.")
  Path add;

  @Option(names = "--prune", description = "Also remove indexed issues whose file is gone from the folder.")
  boolean prune;

  @Option(names = "--check", description = "Check the index file with SQLite's integrity_check (reads only;"
      + " runs beside the bot); exit 1 when it is damaged.")
  boolean check;

  @Override
  public Integer call() {
    var config = parent.config();
    if (check) {
      return IndexCheckText.run(config.dataDir(), System.out);
    }
    if (add != null && !Files.isRegularFile(add)) {
      throw new UserError(add + " is not a file: give the path of an issue's .txt or .md file");
    }
    ProgressBar progress = new ProgressBar(System.err, System.console() != null);
    try (NewsIndex index = Indexes.open(config, SearchMode.HYBRID)) {
      IndexReport r;
      if (add != null) {
        IssueIntake.Intake intake = IssueIntake.of(config, index).addFile(add, progress);
        if (intake.duplicate()) {
          System.out.println("Already indexed: " + intake.existing().issue() + ", date " + intake.existing().date());
          return 0;
        }
        r = intake.report();
      } else {
        r = index.indexFolder(config.seedsDir(), prune, progress);
      }
      System.out.println(ReportText.of(r));
      System.out.printf("Index: %d issues, %d articles, %d passages.%n", index.issues().size(),
          index.issues().stream().mapToInt(i -> i.articles()).sum(),
          index.issues().stream().mapToInt(i -> i.chunks()).sum());
      return r.rejected().isEmpty() ? 0 : NewsbotCommand.REJECTED;
    }
  }
}
