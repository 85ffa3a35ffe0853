package dev.newsbot.retrieval.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One generated part of a hand-kept document, between a pair of marker lines (HTML comments, so
 * that rendered markdown does not show them):
 *
 * <pre>
 * &lt;!-- bench:NAME begin (written by WRITER; edits between these lines are lost) --&gt;
 * ...
 * &lt;!-- bench:NAME end --&gt;
 * </pre>
 *
 * A writer replaces only its own part; everything outside it (prose, hand-written tables, the
 * parts of other writers) stays byte for byte. A document without the part gets it at the end; a
 * part whose markers are broken (an end before its begin, a second begin) is refused rather than
 * guessed at.
 */
public final class GeneratedSection {

  private final String name;
  private final String writer;

  /**
   * @param name   the part's name in its markers, e.g. {@code main} or {@code solr}
   * @param writer the command that writes it, named in the begin marker for a reader
   */
  public GeneratedSection(String name, String writer) {
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("a section name is lower-case letters, digits and '-': " + name);
    }
    this.name = name;
    this.writer = writer;
  }

  String begin() {
    return "<!-- bench:" + name + " begin (written by " + writer + "; edits between these lines are lost) -->";
  }

  String end() {
    return "<!-- bench:" + name + " end -->";
  }

  /**
   * {@code document} with this part's body replaced by {@code body}, or with the part appended
   * when it has none; {@code title} starts a document that is empty.
   *
   * @throws IllegalArgumentException when the document's markers of this part are not one begin then one end
   */
  public String put(String document, String title, String body) {
    String part = begin() + "\n" + body + (body.endsWith("\n") ? "" : "\n") + end() + "\n";
    if (document.isBlank()) {
      return title + "\n\n" + part;
    }
    List<String> lines = document.lines().toList();
    String beginPrefix = "<!-- bench:" + name + " begin";
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith(beginPrefix) && line.endsWith("-->")) {
        check(first < 0, "a second begin marker of section '" + name + "' at line " + (i + 1));
        first = i;
      } else if (line.equals(end())) {
        check(first >= 0 && last < 0, "an end marker of section '" + name + "' without its begin at line " + (i + 1));
        last = i;
      }
    }
    check(first < 0 || last > first, "a begin marker of section '" + name + "' at line " + (first + 1)
        + " without an end marker after it");
    if (first < 0) {
      return document + (document.endsWith("\n") ? "\n" : "\n\n") + part;
    }
    int from = offsetOfLine(document, first);
    int to = offsetOfLine(document, last + 1);
    return document.substring(0, from) + part + document.substring(to);
  }

  /** Writes {@code body} into this part of {@code file}, creating the file (starting with {@code title}) if needed. */
  public void write(Path file, String title, String body) throws IOException {
    String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    String updated = put(document, title, body);
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
    Files.writeString(temporary, updated, StandardCharsets.UTF_8);
    Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Where line {@code line} (0-based) starts; the document's length past the last line. */
  private static int offsetOfLine(String document, int line) {
    int at = 0;
    for (int i = 0; i < line; i++) {
      int next = document.indexOf('\n', at);
      if (next < 0) {
        return document.length();
      }
      at = next + 1;
    }
    return at;
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalArgumentException("the document has " + problem + ": mend the markers by hand");
    }
  }
}
