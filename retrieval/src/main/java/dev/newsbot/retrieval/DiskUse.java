package dev.newsbot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** How much disk an index takes. */
final class DiskUse {

  private DiskUse() {}

  /** Bytes of the index file with its write-ahead log and the term index beside it, or -1. */
  static long bytesOnDisk(Path file) {
    try {
      long bytes = Files.size(file);
      for (String sidecar : List.of("-wal", "-terms")) {
        Path p = file.resolveSibling(file.getFileName() + sidecar);
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
