package dev.newsbot.bot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this process or of a child, as Linux reports it. */
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

  private static final Path SELF = Path.of("/proc/self/status");

  /** Current resident set size in MB, or -1 where /proc is not there. */
  static long residentMb() {
    return field(SELF, "VmRSS:");
  }

  /** Peak resident set size in MB so far, or -1. */
  static long peakMb() {
    return field(SELF, "VmHWM:");
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
