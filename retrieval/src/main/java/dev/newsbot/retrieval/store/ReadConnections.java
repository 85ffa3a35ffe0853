package dev.newsbot.retrieval.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** A few read connections shared by the threads that answer questions. */
final class ReadConnections implements AutoCloseable {

  /** Work done with one connection. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final Path file;
  private final BlockingQueue<Connection> idle;
  private final boolean readOnly;

  ReadConnections(Path file, int size, boolean readOnly) {
    this.file = file;
    this.readOnly = readOnly;
    this.idle = new ArrayBlockingQueue<>(size);
    for (int k = 0; k < size; k++) {
      idle.add(open());
    }
  }

  private Connection open() {
    try {
      return StoreFiles.connect(file, readOnly);
    } catch (SQLException e) {
      throw new StoreException("cannot read the index at " + file + ": " + e.getMessage(), e);
    }
  }

  <T> T with(Work<T> work) {
    Connection c;
    try {
      c = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to read the index", e);
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      if (Integrity.isDamage(e)) {
        throw new StoreException(Integrity.damaged(file, e.getMessage()), e);
      }
      throw new StoreException("reading the index at " + file + " failed: " + e.getMessage(), e);
    } finally {
      idle.add(c);
    }
  }

  @Override
  public void close() {
    for (Connection c : idle) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing: nothing left to protect
      }
    }
  }
}
