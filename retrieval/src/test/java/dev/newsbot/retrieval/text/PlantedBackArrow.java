package dev.newsbot.retrieval.text;

import dev.newsbot.retrieval.store.Corpus;

/** An arrow planted against the stack for the architecture test to find: text, the ground floor, using the store. */
final class PlantedBackArrow {

  int passages(Corpus corpus) {
    return corpus.chunks().size();
  }
}
