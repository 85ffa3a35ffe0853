package dev.newsbot.bot.cli;

import dev.newsbot.retrieval.indexing.IndexProgress;
import java.io.PrintStream;
import java.util.Locale;

/** Shows indexing progress: a bar redrawn in place on a terminal, a line per phase step otherwise. */
final class ProgressBar implements IndexProgress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private String lastPhase = "";
  private int lastTenth = -1;

  ProgressBar(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void update(String phase, int done, int total) {
    double seconds = (System.nanoTime() - started) / 1e9;
    if (terminal) {
      int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
      out.printf(Locale.ROOT, "\r%-9s [%s%s] %d/%d %.0fs   ", phase, "#".repeat(filled), ".".repeat(WIDTH - filled),
          done, total, seconds);
      if (done == total) {
        out.println();
      }
      out.flush();
      return;
    }
    int tenth = total == 0 ? 10 : (int) (10L * done / total);
    if (!phase.equals(lastPhase) || tenth != lastTenth) {
      out.printf(Locale.ROOT, "%s %d/%d (%.0f s)%n", phase, done, total, seconds);
      lastPhase = phase;
      lastTenth = tenth;
    }
  }
}
