package dev.newsbot.retrieval.pdf;

import dev.newsbot.retrieval.ingest.RejectedIssueException;
import java.util.Locale;

/** Why a PDF is refused, each saying what to send instead. */
final class Refusals {

  private Refusals() {}

  static RejectedIssueException encrypted(String file) {
    return new RejectedIssueException(file + " is an encrypted PDF and newsbot cannot read its text: send the"
        + " e-paper PDF without a password (or the issue's text as a .txt file)");
  }

  static RejectedIssueException unreadable(String file) {
    return new RejectedIssueException(file + " is not a readable PDF (it is damaged or cut short): send the"
        + " e-paper PDF as the publisher exports it, or the issue's text as a .txt file");
  }

  static RejectedIssueException noText(String file) {
    return new RejectedIssueException(file + " has no text to read, only images (a scan?): newsbot does no OCR;"
        + " send the e-paper PDF exported with its text, or the issue's text as a .txt file");
  }

  static RejectedIssueException garbled(String file, double readable) {
    return new RejectedIssueException(String.format(Locale.ROOT, "%s gives garbled text (only %.0f%% common"
        + " Chinese characters): its fonts map glyphs to no Unicode; export the PDF again with Unicode"
        + " (ToUnicode) font maps, or send the issue's text as a .txt file", file, readable * 100));
  }

  static RejectedIssueException notANewspaper(String file) {
    return new RejectedIssueException(file + " does not look like a newspaper: no masthead, no date, no page"
        + " marker (第N版) and no headline; send an e-paper PDF of the paper's pages");
  }
}
