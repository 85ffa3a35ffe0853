package dev.newsbot.retrieval.indexing;

import dev.newsbot.retrieval.ingest.IssueMetaReader;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Reads an issue file and its sidecar without following symbolic links: a link in the seeds
 * folder could point anywhere (a password file), and what is indexed can be quoted to anyone.
 */
final class IssueFiles {

  private IssueFiles() {}

  /**
   * The bytes of an issue file that is no link.
   *
   * @throws RejectedIssueException naming the file when it is a symbolic link
   */
  static byte[] read(Path file) throws IOException {
    refuseLink(file, file.getFileName() + " is a symbolic link, and newsbot does not follow links: copy the"
        + " issue file itself into the folder");
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readAllBytes();
    }
  }

  /** The bytes of the issue's sidecar file, none when it has none; a sidecar that is a link is refused. */
  static byte[] sidecar(Path issueFile) throws IOException {
    Path sidecar = IssueMetaReader.sidecarOf(issueFile);
    refuseLink(sidecar, issueFile.getFileName() + " is skipped: its sidecar " + sidecar.getFileName()
        + " is a symbolic link, and newsbot does not follow links: put the file itself beside the issue");
    if (!Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
      return new byte[0];
    }
    try (InputStream in = Files.newInputStream(sidecar, LinkOption.NOFOLLOW_LINKS)) {
      return in.readAllBytes();
    }
  }

  private static void refuseLink(Path file, String message) {
    if (Files.isSymbolicLink(file)) {
      throw new RejectedIssueException(message);
    }
  }
}
