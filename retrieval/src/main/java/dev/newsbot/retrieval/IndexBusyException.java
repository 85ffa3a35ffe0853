package dev.newsbot.retrieval;

/** Another indexing run is under way; only one runs at a time. */
public final class IndexBusyException extends RuntimeException {

  public IndexBusyException() {
    super("an indexing run is already under way: wait for it to finish and try again");
  }
}
