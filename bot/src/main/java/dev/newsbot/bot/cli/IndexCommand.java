package dev.newsbot.bot.cli;

import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.bot.admin.ReportText;
import dev.newsbot.bot.config.Setting;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.StoreChoice;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.indexing.Removal;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
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

  @Option(names = "--prune", description = "Also remove indexed issues whose file is gone from the folder"
      + " (refused when that is every issue or more than half of them, unless --force).")
  boolean prune;

  @Option(names = "--check", description = "Check the index file with SQLite's integrity_check (reads only;"
      + " runs beside the bot); exit 1 when it is damaged.")
  boolean check;

  @Option(names = "--force", description = "With --prune: remove them however many they are.")
  boolean force;

  @Option(names = "--to", paramLabel = "STORE", description = "Copy the SQLite index into this store instead"
      + " (solr: the collection the solr.* settings name), with progress; run again to finish a stopped copy.")
  String to;

  @Override
  public Integer call() {
    var config = parent.config();
    if (check) {
      return IndexCheckText.run(config.dataDir(), System.out);
    }
    if (to != null) {
      return copy(config);
    }
    if (add != null && Files.isSymbolicLink(add)) {
      throw new RejectedIssueException(IssueIntake.linkRefused(add));
    }
    if (add != null && !Files.isRegularFile(add)) {
      throw new UserError(add + " is not a file: give the path of an issue's .txt, .md or .pdf file");
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
        r = index.indexFolder(config.seedsDir(), prune ? (force ? Removal.FORCE : Removal.PRUNE) : Removal.KEEP,
            progress);
      }
      System.out.println(ReportText.of(r));
      System.out.printf("Index: %d issues, %d articles, %d passages.%n", index.issues().size(),
          index.issues().stream().mapToInt(i -> i.articles()).sum(),
          index.issues().stream().mapToInt(i -> i.chunks()).sum());
      return r.rejected().isEmpty() && r.notPruned().isEmpty() ? 0 : NewsbotCommand.REJECTED;
    }
  }

  private Integer copy(dev.newsbot.bot.config.Config config) {
    if (!"solr".equals(to)) {
      throw new UserError("--to " + to + ": the index can be copied to solr only");
    }
    if (!config.store().equals(StoreChoice.SQLITE)) {
      throw new UserError("store.type is solr already: the index is there; copy from SQLite with store.type=sqlite");
    }
    StoreChoice target = config.with(Setting.STORE_TYPE, "solr").store();
    ProgressBar progress = new ProgressBar(System.err, System.console() != null);
    try (NewsIndex index = Indexes.open(config, SearchMode.HYBRID)) {
      int copied = index.copyTo(target, progress);
      System.out.printf("Copied %d of %d issues to %s.%n", copied, index.issues().size(), target.where());
      return 0;
    }
  }
}
