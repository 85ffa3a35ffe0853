package dev.newsbot.retrieval.text;

/** The language of a question, and so of the words around the quotes in its answer. */
public enum Language {
  CHINESE,
  ENGLISH
}
