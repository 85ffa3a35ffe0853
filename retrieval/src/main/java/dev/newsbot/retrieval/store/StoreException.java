package dev.newsbot.retrieval.store;

/** The index file could not be read or written; the message names the file and what to do. */
final class StoreException extends RuntimeException {

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
