package dev.newsbot.retrieval.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The committed seed issues under {@code seeds/}; Maven runs the tests in the module folder, so they are in "../seeds". */
public final class SeedIssues {

  public static final List<String> FILES = List.of(
      "000_6a32f752367869b0.txt",
      "001_4237cd71e9e911f0.txt",
      "002_a6ff651a8bc0a567.txt",
      "003_6c0e209a15f5e767.txt",
      "004_45ad87969ec02bf0.txt");

  private SeedIssues() {}

  public static Path dir() {
    Path fromModule = Path.of("../seeds");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("seeds");
  }

  public static String text(String file) {
    try {
      return Files.readString(dir().resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException("seed issue " + file + " not readable from " + dir().toAbsolutePath(), e);
    }
  }

  public static ParsedIssue parse(String file) {
    return IssueParser.parse(file, text(file), new IssueMeta("株洲日报", null, true));
  }
}
