package dev.newsbot.retrieval.ingest;

/** An issue file newsbot will not index; the message tells the sender why and what to send instead. */
public final class RejectedIssueException extends RuntimeException {

  public RejectedIssueException(String message) {
    super(message);
  }
}
