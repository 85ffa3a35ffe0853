package dev.newsbot.bot.cli;

import dev.newsbot.retrieval.NewsIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code backup DIR}: a consistent copy of the index in a new folder, made while the bot answers
 * and indexes (SQLite's VACUUM INTO, checked before it is kept); no model is loaded.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Copy the index into DIR (new or empty) while newsbot runs; restore by putting it in the data folder.")
final class BackupCommand implements Callable<Integer> {

  @ParentCommand
  NewsbotCommand parent;

  @Parameters(paramLabel = "DIR", description = "Folder for the copy; it must not hold an index yet.")
  Path dir;

  @Override
  public Integer call() {
    Path data = parent.config().dataDir();
    long t0 = System.nanoTime();
    Path copy = NewsIndex.backup(data, dir);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    long mb = sizeOf(copy) / (1024 * 1024);
    System.out.println("Backed up " + data.resolve(NewsIndex.FILE_NAME).toAbsolutePath() + " to "
        + copy.toAbsolutePath() + " (" + mb + " MB, " + millis + " ms). To restore: stop newsbot, copy it into the"
        + " data folder and delete " + NewsIndex.FILE_NAME + "-wal, -shm and -terms there.");
    return 0;
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
