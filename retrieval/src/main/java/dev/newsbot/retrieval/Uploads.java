package dev.newsbot.retrieval;

import dev.newsbot.retrieval.indexing.Indexer;
import dev.newsbot.retrieval.ingest.IssueDecoder;
import dev.newsbot.retrieval.ingest.IssueMeta;
import dev.newsbot.retrieval.ingest.IssueMetaReader;
import dev.newsbot.retrieval.ingest.IssueParser;
import dev.newsbot.retrieval.ingest.IssueShape;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import dev.newsbot.retrieval.pdf.PdfIssue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.time.LocalDate;

/** How the bytes of an upload are checked and matched to the indexed issues before they are kept. */
final class Uploads {

  private Uploads() {}

  /**
   * The bytes must decode as text (or be an e-paper PDF), hold at least one article and read like
   * a newspaper issue ({@link IssueShape}); gives the date an e-paper prints.
   *
   * @throws RejectedIssueException with a message for the sender when they do not
   */
  static Optional<LocalDate> requireReadable(String name, byte[] bytes) {
    PdfIssue pdf = PdfIssue.isPdf(bytes) ? PdfIssue.read(name, bytes, (d, n) -> { }) : null;
    String text = pdf != null ? pdf.text() : IssueDecoder.decode(name, bytes);
    if (!IssueParser.parse(name, text, new IssueMeta("", null, true)).hasReadableText()) {
      throw new RejectedIssueException(name + " holds no article newsbot can read: send the issue's text with "
          + "headlines and paragraphs separated by blank lines");
    }
    if (pdf == null) { // an e-paper that is no newspaper is refused by the pdf room, from its typography
      IssueShape.require(name, text);
    }
    return Optional.ofNullable(pdf == null ? null : pdf.date());
  }

  /** The indexed issue without sidecar whose text is that of {@code bytes}, in whatever encoding. */
  static Optional<IssueInfo> sameText(String name, byte[] bytes, List<IssueInfo> issues) {
    String hash = PdfIssue.isPdf(bytes) ? Indexer.pdfHash(bytes, new byte[0])
        : Indexer.contentHash(IssueDecoder.decode(name, bytes), new byte[0]);
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
    if (PdfIssue.isPdf(bytes)) { // an e-paper's pages join or replace by page (EpaperPages), not as editions
      return Optional.empty();
    }
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
