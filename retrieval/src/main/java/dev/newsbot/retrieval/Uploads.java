package dev.newsbot.retrieval;

import dev.newsbot.retrieval.indexing.Indexer;
import dev.newsbot.retrieval.ingest.IssueDecoder;
import dev.newsbot.retrieval.ingest.IssueMeta;
import dev.newsbot.retrieval.ingest.IssueMetaReader;
import dev.newsbot.retrieval.ingest.IssueParser;
import dev.newsbot.retrieval.ingest.IssueShape;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How the bytes of an upload are checked and matched to the indexed issues before they are kept. */
final class Uploads {

  private Uploads() {}

  /**
   * The bytes must decode as text, hold at least one article and read like a newspaper issue
   * ({@link IssueShape}).
   *
   * @throws RejectedIssueException with a message for the sender when they do not
   */
  static void requireReadable(String name, byte[] bytes) {
    String text = IssueDecoder.decode(name, bytes);
    if (!IssueParser.parse(name, text, new IssueMeta("", null, true)).hasReadableText()) {
      throw new RejectedIssueException(name + " holds no article newsbot can read: send the issue's text with "
          + "headlines and paragraphs separated by blank lines");
    }
    IssueShape.require(name, text);
  }

  /** The indexed issue without sidecar whose text is that of {@code bytes}, in whatever encoding. */
  static Optional<IssueInfo> sameText(String name, byte[] bytes, List<IssueInfo> issues) {
    String hash = Indexer.contentHash(IssueDecoder.decode(name, bytes), new byte[0]);
    return issues.stream().filter(i -> i.sha256().equals(hash)).findFirst();
  }

  /**
   * The indexed issue that a file is a corrected edition of. Under an indexed issue's file name, it
   * is that issue when it names the same paper and the same date (or neither has a date); under
   * another name, it is the one indexed issue of the same paper and the same date when both dates
   * were given (by a sidecar or the file name), not inferred from the text: two issues whose dates
   * were guessed alike are not taken for one.
   */
  static Optional<IssueInfo> editionOf(String name, byte[] bytes, IssueMetaReader reader, List<IssueInfo> issues) {
    IssueMeta meta = reader.read(name, IssueDecoder.decode(name, bytes));
    for (IssueInfo i : issues) {
      if (i.issue().equals(name)) {
        return meta.paper().equals(i.paper()) && Objects.equals(meta.date(), i.date()) ? Optional.of(i)
            : Optional.empty();
      }
    }
    if (meta.date() == null || meta.dateInferred()) {
      return Optional.empty();
    }
    List<IssueInfo> same = issues.stream().filter(i -> !i.dateInferred() && meta.paper().equals(i.paper())
        && Objects.equals(meta.date(), i.date())).toList();
    return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
  }
}
