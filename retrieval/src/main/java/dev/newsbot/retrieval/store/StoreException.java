package dev.newsbot.retrieval.store;

/** The index could not be read or written; the message names where it lives and what to do. */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
