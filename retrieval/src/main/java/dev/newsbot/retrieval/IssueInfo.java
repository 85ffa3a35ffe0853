package dev.newsbot.retrieval;

import java.time.LocalDate;
import java.util.List;

/**
 * One indexed issue, as {@code /sources} lists it.
 *
 * @param issue        the issue's file name
 * @param paper        the newspaper's name
 * @param date         the issue's date, or null when unknown
 * @param dateInferred true when the date was read from the text
 * @param articles     articles parsed from it
 * @param chunks       passages indexed from it
 * @param sha256       content hash: pipeline version and SHA-256 of the file and its sidecar
 * @param pages        the numbers of the pages its articles are printed on, ascending; empty when
 *                     the issue does not say (a text without page markers)
 */
public record IssueInfo(
    String issue, String paper, LocalDate date, boolean dateInferred, int articles, int chunks, String sha256,
    List<Integer> pages) {

  public IssueInfo {
    pages = List.copyOf(pages);
  }
}
