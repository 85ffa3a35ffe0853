package dev.newsbot.retrieval;

import dev.newsbot.retrieval.ingest.IssueDecoder;
import dev.newsbot.retrieval.ingest.IssueMeta;
import dev.newsbot.retrieval.ingest.IssueParser;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import dev.newsbot.retrieval.pdf.PdfIssue;
import java.time.LocalDate;
import java.util.Optional;

/** The checks an issue's bytes pass before they are kept (an upload). */
final class IssueChecks {

  private IssueChecks() {}

  /** See {@link NewsIndex#requireReadable}. */
  static Optional<LocalDate> readable(String name, byte[] bytes) {
    PdfIssue pdf = PdfIssue.isPdf(bytes) ? PdfIssue.read(name, bytes, (d, n) -> { }) : null;
    String text = pdf != null ? pdf.text() : IssueDecoder.decode(name, bytes);
    if (!IssueParser.parse(name, text, new IssueMeta("", null, true)).hasReadableText()) {
      throw new RejectedIssueException(name + " holds no article newsbot can read: send the issue's text with "
          + "headlines and paragraphs separated by blank lines");
    }
    return Optional.ofNullable(pdf == null ? null : pdf.date());
  }
}
