package dev.newsbot.bot.planted;

import dev.newsbot.retrieval.store.Corpus;

/** A use of retrieval's inside, planted for the front-door test to find. */
public final class PlantedInternalUse {

  public int passages(Corpus corpus) {
    return corpus.chunks().size();
  }
}
