package dev.newsbot.bot.bench;

/** This process's live heap. */
final class Memory {

  private Memory() {}

  /** Heap held by live objects after a full collection, in MB: what the data needs, whatever -Xmx allows. */
  static long liveHeapMb() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }
}
