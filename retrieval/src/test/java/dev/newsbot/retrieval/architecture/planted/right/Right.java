package dev.newsbot.retrieval.architecture.planted.right;

import dev.newsbot.retrieval.architecture.planted.left.Left;

/** The other half of the planted cycle. */
public final class Right {

  public Left left() {
    return new Left();
  }
}
