package dev.newsbot.retrieval.indexing;

import dev.newsbot.retrieval.ingest.IssueMetaReader;
import dev.newsbot.retrieval.store.StoredIssue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;

/**
 * Keeps the text of the issues a run removes or replaces, so that a mistaken prune can be undone
 * once the files are gone: {@code removed/<UTC time>/<file>} beside the index, with a sidecar
 * {@code <name>.properties} giving its paper (and its date, when it was given rather than
 * inferred). Copying that folder's files back into the seeds folder and indexing restores them.
 */
final class RemovedIssues {

  static final String FOLDER = "removed";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private RemovedIssues() {}

  /**
   * Writes the issues' texts into a new folder under {@code dataDir}/removed and returns it.
   *
   * @throws UncheckedIOException when they cannot be written: then nothing may be removed
   */
  static Path keep(Path dataDir, List<StoredIssue> issues) {
    Path root = dataDir.resolve(FOLDER);
    String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    try {
      Files.createDirectories(root);
      Path folder = root.resolve(stamp);
      for (int k = 2; Files.exists(folder); k++) {
        folder = root.resolve(stamp + "-" + k);
      }
      Files.createDirectory(folder);
      for (StoredIssue issue : issues) {
        Files.writeString(folder.resolve(issue.file()), issue.text(), StandardCharsets.UTF_8);
        Properties meta = new Properties();
        meta.setProperty("paper", issue.paper());
        if (issue.date() != null && !issue.dateInferred()) {
          meta.setProperty("date", issue.date().toString());
        }
        try (Writer w = Files.newBufferedWriter(IssueMetaReader.sidecarOf(folder.resolve(issue.file())),
            StandardCharsets.UTF_8)) {
          meta.store(w, "paper and date of " + issue.file() + ", removed from the index");
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep a copy of the issues to remove in " + root + " (" + e.getMessage()
          + "), so nothing was removed: free space there or make it writable, then index again", e);
    }
  }
}
