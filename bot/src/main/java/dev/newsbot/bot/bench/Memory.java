package dev.newsbot.bot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's live heap, and a child's peak resident memory as Linux reports it. */
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

  /** The peak so far of the process whose {@code /proc/PID/status} this is; -1 once it is gone. */
  static long peakMb(Path status) {
    return field(status, "VmHWM:");
  }

  private static long field(Path status, String name) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith(name)) {
          return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
