package dev.newsbot.bot.admin;

import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.config.Setting;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one way a new issue comes in, whether an admin uploads it in Telegram, drops it into the
 * seeds folder and asks for a reindex, or runs {@code index --add FILE}: checked, its file name
 * made safe, the original kept in the seeds folder, then indexed. A page of an e-paper whose
 * issue (by the date its pages print) is kept as a PDF joins that PDF in page order, replacing
 * a page of the same number. A corrected edition of an indexed issue (same name, or same paper
 * and date) replaces it; the same text in another encoding is already indexed; a symbolic link is
 * refused, never followed.
 */
public final class IssueIntake {

  private static final int MAX_NAME = 100;

  private final NewsIndex index;
  private final Path seedsDir;
  private final long maxBytes;

  public IssueIntake(NewsIndex index, Path seedsDir, long maxBytes) {
    this.index = index;
    this.seedsDir = seedsDir;
    this.maxBytes = maxBytes;
  }

  public static IssueIntake of(Config config, NewsIndex index) {
    return new IssueIntake(index, config.seedsDir(), config.uploadMaxBytes());
  }

  /** Indexes the whole seeds folder (the {@code /reindex} path). */
  public IndexReport reindex(boolean prune, IndexProgress progress) {
    return index.indexFolder(seedsDir, prune, progress);
  }

  /** Adds a file from disk, as {@code index --add FILE} does. */
  public Intake addFile(Path file, IndexProgress progress) {
    if (Files.isSymbolicLink(file)) {
      throw new RejectedIssueException(linkRefused(file));
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new RejectedIssueException(file + " is not a file: give the path of an issue's .txt or .pdf file");
    }
    try {
      if (Files.size(file) > maxBytes) {
        throw tooBig(file.getFileName().toString(), Files.size(file));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.readAllBytes();
      }
      return addUpload(file.getFileName().toString(), bytes, progress);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Why a symbolic link given as an issue file is refused: what it points to could be anything. */
  public static String linkRefused(Path file) {
    return file + " is a symbolic link, and newsbot does not follow links: give the path of the issue file itself";
  }

  /**
   * Checks an uploaded file, keeps it under a safe name in the seeds folder and indexes it.
   *
   * @throws RejectedIssueException with a message for the sender when the file is refused
   */
  public Intake addUpload(String originalName, byte[] bytes, IndexProgress progress) {
    String name = safeName(originalName);
    if (bytes.length > maxBytes) {
      throw tooBig(name, bytes.length);
    }
    Optional<LocalDate> printed = index.requireReadable(name, bytes);
    Optional<IssueInfo> same = index.issueWithContent(name, bytes);
    if (same.isPresent()) {
      return new Intake(same.get().issue(), true, same.get(), null);
    }
    Optional<IssueInfo> edition = index.editionOf(name, bytes);
    try {
      Files.createDirectories(seedsDir);
      Optional<Path> issue = printed.flatMap(this::epaperOf);
      if (issue.isPresent()) { // a page of an e-paper already kept: it joins that issue's PDF
        bytes = NewsIndex.joinPages(name, Files.readAllBytes(issue.get()), bytes);
      }
      Path target = issue.isPresent() ? issue.get()
          : edition.isPresent() ? seedsDir.resolve(edition.get().issue()) : freeName(name, bytes);
      byte[] previous = Files.exists(target) ? Files.readAllBytes(target) : null; // an edition's older text
      Path tmp = Files.createTempFile(seedsDir, ".upload-", ".part");
      try {
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
      IndexReport report;
      try {
        report = index.indexFile(target, progress);
      } catch (RuntimeException e) {
        if (previous == null) {
          Files.deleteIfExists(target); // nothing was indexed (a full disk, a read-only index): keep no half of it
        } else {
          Files.write(target, previous); // the index still holds the older edition: so does the folder
        }
        throw e;
      }
      return new Intake(target.getFileName().toString(), false, null, report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the upload in " + seedsDir + ": " + e.getMessage(), e);
    }
  }

  /** The outcome of one upload: either already indexed (with the issue it matches) or a report. */
  public record Intake(String file, boolean duplicate, IssueInfo existing, IndexReport report) {}

  /**
   * A file name that stays inside the seeds folder: no folders, no leading dot, only letters,
   * digits, '-', '_' and '.', at most 100 characters (cut between characters, keeping the
   * beginning), ending in .txt, .md or .pdf (an e-paper).
   */
  public static String safeName(String original) {
    String base = original == null ? "" : original.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    StringBuilder sb = new StringBuilder();
    base.codePoints().forEach(cp -> sb.appendCodePoint(
        Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' ? cp : '_'));
    String name = sb.toString().replaceAll("\\.{2,}", ".").replaceAll("^[._]+", "");
    String lower = name.toLowerCase(Locale.ROOT);
    boolean known = lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".pdf");
    String ext = known ? name.substring(name.lastIndexOf('.')) : ".txt";
    String stem = known ? name.substring(0, name.length() - ext.length()) : name;
    int room = MAX_NAME - ext.length();
    if (stem.codePointCount(0, stem.length()) > room) {
      stem = stem.substring(0, stem.offsetByCodePoints(0, room));
    }
    return stem.isEmpty() ? "issue" + ext : stem + ext;
  }

  /** The kept e-paper PDF whose pages print {@code date}, if one is indexed. */
  private Optional<Path> epaperOf(LocalDate date) {
    return index.issues().stream()
        .filter(i -> date.equals(i.date()) && !i.dateInferred() && i.issue().toLowerCase(Locale.ROOT).endsWith(".pdf"))
        .map(i -> seedsDir.resolve(i.issue())).filter(Files::isRegularFile).findFirst();
  }

  /**
   * The name itself if no indexed issue has it and no file or a file of the same bytes does, else
   * name-2, name-3 …: never overwrite another issue.
   */
  private Path freeName(String name, byte[] bytes) throws IOException {
    int dot = name.lastIndexOf('.');
    String stem = name.substring(0, dot);
    String ext = name.substring(dot);
    Set<String> indexed = index.issues().stream().map(IssueInfo::issue).collect(Collectors.toSet());
    Path candidate = seedsDir.resolve(name);
    for (int k = 2; taken(candidate, bytes, indexed); k++) {
      candidate = seedsDir.resolve(stem + "-" + k + ext);
    }
    return candidate;
  }

  private static boolean taken(Path candidate, byte[] bytes, Set<String> indexed) throws IOException {
    if (indexed.contains(candidate.getFileName().toString()) || Files.isSymbolicLink(candidate)) {
      return true;
    }
    return Files.exists(candidate) && !Arrays.equals(Files.readAllBytes(candidate), bytes);
  }

  private RejectedIssueException tooBig(String name, long size) {
    return new RejectedIssueException(String.format(Locale.ROOT,
        "%s is %.1f MB, over the %.1f MB limit: send one issue per file, an e-paper one page per PDF (or raise %s)", name, size / 1e6,
        maxBytes / 1e6, Setting.UPLOAD_MAX_BYTES.key()));
  }
}
