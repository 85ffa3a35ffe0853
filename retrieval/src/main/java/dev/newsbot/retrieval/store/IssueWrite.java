package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.ingest.Chunk;
import dev.newsbot.retrieval.ingest.ParsedIssue;
import java.util.List;

/**
 * A parsed issue ready to be written: its passages, their search terms and their vectors.
 *
 * @param issue   the parsed issue
 * @param sha256  hash of the file's bytes
 * @param chunks  passages, in article order
 * @param terms   for each passage, its lexical terms separated by spaces
 * @param vectors for each passage, its vector
 */
public record IssueWrite(ParsedIssue issue, String sha256, List<Chunk> chunks, List<String> terms, List<float[]> vectors) {

  public IssueWrite {
    if (chunks.size() != terms.size() || chunks.size() != vectors.size()) {
      throw new IllegalArgumentException(issue.file() + ": " + chunks.size() + " chunks but " + terms.size()
          + " term lists and " + vectors.size() + " vectors");
    }
  }
}
