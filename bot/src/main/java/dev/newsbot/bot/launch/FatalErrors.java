package dev.newsbot.bot.launch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After an {@link Error} (an OutOfMemoryError, a StackOverflowError, a class that failed to
 * load) nothing in the JVM is to be trusted, so the bot does not go on as if it had answered:
 * it logs one line and ends the process at once with {@value #EXIT}, for a supervisor (Docker's
 * restart policy, systemd) to start it again. A restart is safe: the update under way stays in
 * {@code bot.db} and is handled again (a few times at most), and the index is never left half-written.
 */
public final class FatalErrors {

  /** The exit code of a process ended by an Error (EX_SOFTWARE). */
  public static final int EXIT = 70;

  private static final Logger log = LoggerFactory.getLogger(FatalErrors.class);

  private FatalErrors() {}

  /** Ends the process: {@code e} happened while doing {@code what}. Never returns. */
  public static void halt(String what, Error e) {
    try {
      log.error("{} while {}: newsbot stops (exit {}) so that its supervisor starts it again", e.getClass().getName(),
          what, EXIT);
    } finally {
      Runtime.getRuntime().halt(EXIT);
    }
  }

  /** Errors in any thread (telegrambots', OkHttp's) end the process too; exceptions are logged. */
  public static void installForEveryThread() {
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (e instanceof Error error) {
        halt("running thread " + thread.getName(), error);
      }
      log.error("thread {} ended by {}", thread.getName(), e.toString());
    });
  }
}
