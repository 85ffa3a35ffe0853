package dev.newsbot.retrieval.architecture.planted.left;

import dev.newsbot.retrieval.architecture.planted.right.Right;

/** One half of a cycle planted for the architecture test to find: this package imports the other, which imports this. */
public final class Left {

  public Right right() {
    return new Right();
  }
}
