package dev.newsbot.retrieval.indexing;

/** What a folder run does with indexed issues whose file is gone from the folder. */
public enum Removal {
  /** Keeps them, reported as missing. */
  KEEP,
  /** Removes them, unless that would remove every issue or more than half of them. */
  PRUNE,
  /** Removes them however many they are. */
  FORCE;

  boolean prunes() {
    return this != KEEP;
  }

  /** True when this removal may not remove {@code gone} of {@code indexed} issues. */
  boolean refuses(int gone, int indexed) {
    return this == PRUNE && gone > 0 && (gone == indexed || gone * 2 > indexed);
  }

  /** {@link #PRUNE} when {@code prune}, else {@link #KEEP}. */
  public static Removal of(boolean prune) {
    return prune ? PRUNE : KEEP;
  }
}
