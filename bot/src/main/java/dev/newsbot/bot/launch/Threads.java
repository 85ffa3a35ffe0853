package dev.newsbot.bot.launch;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads of newsbot's own, named for thread dumps and logs. */
public final class Threads {

  private Threads() {}

  /** Daemon threads named {@code prefix-1}, {@code prefix-2}…: the JVM's exit never waits for them. */
  public static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
