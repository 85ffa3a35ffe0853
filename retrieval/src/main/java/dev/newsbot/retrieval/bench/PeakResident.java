package dev.newsbot.retrieval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A child process run to its end while its peak resident memory is read: Linux's VmHWM in
 * {@code /proc/PID/status}, polled every few milliseconds (it only grows, so the last reading
 * before the exit is the peak up to those last milliseconds). The measuring process cannot tell
 * a bot's memory from its own: it holds models, archives and, in the tests, the cluster.
 */
public final class PeakResident {

  /** Seconds from launch to exit, and the peak resident memory in MB. */
  public record Run(double seconds, long peakMb) {}

  private PeakResident() {}

  /**
   * Starts {@code builder} and waits for it; stops it after {@code timeout}.
   *
   * @throws IllegalStateException when it exits with another code than 0 (with the end of {@code log}) or times out
   */
  public static Run watch(ProcessBuilder builder, Path log, Duration timeout) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process child = builder.start();
    Path status = Path.of("/proc", Long.toString(child.pid()), "status");
    long peak = -1;
    long deadline = t0 + timeout.toNanos();
    while (!child.waitFor(5, TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, peakMb(status));
      if (System.nanoTime() > deadline) {
        child.destroyForcibly();
        throw new IllegalStateException(String.join(" ", builder.command()) + " did not finish in " + timeout);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (child.exitValue() != 0) {
      String text = Files.exists(log) ? Files.readString(log) : "";
      throw new IllegalStateException(String.join(" ", builder.command()) + " exited with " + child.exitValue()
          + ": " + (text.length() <= 2000 ? text : "…" + text.substring(text.length() - 2000)));
    }
    return new Run(seconds, peak);
  }

  /** The peak so far of the process whose {@code /proc/PID/status} this is; -1 once it is gone. */
  static long peakMb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
