package dev.newsbot.retrieval;

/** The language of a question, and so of the words around the quotes in its answer. */
public enum Language {
  CHINESE,
  ENGLISH
}
