package dev.newsbot.retrieval.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The files of a store on disk: the SQLite file, SQLite's -wal and -shm beside it, and the term
 * index folder; how to connect to them read-write or, on a read-only volume or a copied index this
 * process may not write, read-only.
 */
final class StoreFiles {

  private StoreFiles() {}

  /** Where the term index of the store file {@code file} lives: beside it, like SQLite's own -wal file. */
  static Path termIndexFolder(Path file) {
    return sibling(file, "-terms");
  }

  static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  static Path folder(Path file) {
    return file.toAbsolutePath().getParent();
  }

  /**
   * True when the file exists and this process may not write it or its folder (SQLite creates its
   * -wal and -shm files there): a read-only volume, a replica's copy owned by another user.
   */
  static boolean readOnly(Path file) {
    return Files.exists(file) && (!Files.isWritable(folder(file)) || !Files.isWritable(file));
  }

  /**
   * A connection to the file. Read-only, it reads through SQLite's shared memory file when one is
   * there (a writer elsewhere keeps it, and its commits are seen); without one, SQLite could not
   * make it, and the file is opened as immutable: nobody can be writing it.
   */
  static Connection connect(Path file, boolean readOnly) throws SQLException {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Properties p = new Properties();
    if (readOnly) {
      boolean shared = Files.isReadable(sibling(file, "-shm")) && Files.isReadable(sibling(file, "-wal"));
      url = "jdbc:sqlite:file:" + uriPath(file.toAbsolutePath().toString()) + (shared ? "?mode=ro" : "?immutable=1");
      p.setProperty("open_mode", String.valueOf(0x01 | 0x40)); // SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
    }
    Connection c = DriverManager.getConnection(url, p);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout=10000");
    }
    return c;
  }

  /** A path as SQLite's file: URIs take it: the characters that end or escape a path are escaped. */
  private static String uriPath(String path) {
    return path.replace("%", "%25").replace("?", "%3F").replace("#", "%23");
  }

  /** "N MB free in DIR", for a disk that filled. */
  static String freeSpace(Path file) {
    Path dir = folder(file);
    try {
      return Files.getFileStore(dir).getUsableSpace() / (1024 * 1024) + " MB free in " + dir;
    } catch (IOException e) {
      return "free space in " + dir + " unknown";
    }
  }

  /** Bytes of the index file with its write-ahead log and the term index beside it, or -1. */
  static long bytesOnDisk(Path file) {
    try {
      long bytes = Files.size(file);
      for (String sidecar : List.of("-wal", "-terms")) {
        Path p = sibling(file, sidecar);
        if (Files.exists(p)) {
          try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
              bytes += Files.size(f);
            }
          }
        }
      }
      return bytes;
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }
}
