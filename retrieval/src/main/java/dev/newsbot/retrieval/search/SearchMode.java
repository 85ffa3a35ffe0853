package dev.newsbot.retrieval.search;

/** Which retrieval methods to use; hybrid in production, the others to measure. */
public enum SearchMode {
  LEXICAL,
  DENSE,
  HYBRID
}
