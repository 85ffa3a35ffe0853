package dev.newsbot.bot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory, as Linux reports it. */
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

  /** "1234 MB resident, 456 MB live heap". */
  static String summary() {
    long live = liveHeapMb();
    return residentMb() + " MB resident (peak " + peakMb() + " MB), " + live + " MB live heap";
  }

  /** Current resident set size in MB, or -1 where /proc is not there. */
  static long residentMb() {
    return field("VmRSS:");
  }

  /** Peak resident set size in MB so far, or -1. */
  static long peakMb() {
    return field("VmHWM:");
  }

  private static long field(String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
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
