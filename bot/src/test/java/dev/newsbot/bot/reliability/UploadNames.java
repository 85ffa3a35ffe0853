package dev.newsbot.bot.reliability;

import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * File names an uploader can choose, sent through {@link IssueIntake} (the one path uploads take
 * into the seeds folder) in a sandbox: where each file lands, and every file the sandbox gained.
 */
final class UploadNames {

  /**
   * Names that try to leave the folder, hide, or confuse a file system. Absolute names point into
   * the sandbox (added by {@link #upload}), so that a failure could never write elsewhere.
   */
  static final List<String> HOSTILE = List.of(
      "../../evil.txt", "../../../../../../../../tmp/newsbot-evil.txt", "..\\..\\evil.txt",
      "C:\\Windows\\win.ini", "\\\\server\\share\\evil.txt", "....//....//evil.txt", "..", ".", "", " ",
      "%2e%2e%2fevil.txt", "..%2F..%2Fevil.txt", "．．／．．／evil.txt", "evil.txt\u0000.png", "evil\n.txt",
      "\u202Etxt.exe", "~/.ssh/authorized_keys", "seeds/../../x.md", ".bashrc", ".hidden.txt", "___.txt",
      "-rf .txt", "CON", "aux.txt", "株洲日报 2024-05-01.txt", "issue.TXT", "x".repeat(300),
      "a/b/c/d/e/f/g.txt", "evil.txt/", "./././evil.txt", "evil.md.sh", "$(reboot).txt", "`id`.txt", "*.txt",
      "?.txt", "\"quoted\".txt", "<script>.txt", "|pipe|.txt");

  /**
   * Where one upload went.
   *
   * @param name   the name as uploaded
   * @param kept   the file the intake kept, or null when it refused the upload
   * @param escape true when the kept file is not directly inside the seeds folder
   * @param error  the exception the intake threw instead, if any
   */
  record Landing(String name, Path kept, boolean escape, Throwable error) {}

  private UploadNames() {}

  /**
   * Uploads {@code names} and absolute names into the sandbox, each with distinct readable
   * content; returns where each went and every file the sandbox gained.
   */
  static Result upload(Path sandbox, List<String> hostile) throws IOException {
    List<String> names = new ArrayList<>(hostile);
    names.add(sandbox.toAbsolutePath().resolve("absolute.txt").toString());
    names.add("file://" + sandbox.toAbsolutePath().resolve("url.txt"));
    Path seeds = Files.createDirectories(sandbox.resolve("library").resolve("seeds"));
    Path data = sandbox.resolve("library").resolve("data");
    String text = Files.readString(SuiteIndex.SEEDS.resolve("002_a6ff651a8bc0a567.txt"));
    List<Landing> landings = new ArrayList<>();
    Set<Path> before = files(sandbox);
    try (NewsIndex index = NewsIndex.open(data, new HashingEmbedder(64), SearchMode.LEXICAL)) {
      IssueIntake intake = new IssueIntake(index, seeds, 5_000_000);
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        byte[] bytes = (text + "\n\n本期第" + (i + 1) + "份上传。\n").getBytes(StandardCharsets.UTF_8);
        try {
          Path kept = seeds.resolve(intake.addUpload(name, bytes, IndexProgress.NONE).file());
          boolean inside = kept.normalize().getParent().equals(seeds.normalize()) && Files.isRegularFile(kept);
          landings.add(new Landing(name, kept, !inside, null));
        } catch (RejectedIssueException e) {
          landings.add(new Landing(name, null, false, null));
        } catch (RuntimeException e) {
          landings.add(new Landing(name, null, false, e));
        }
      }
    }
    Set<Path> gained = new TreeSet<>(files(sandbox));
    gained.removeAll(before);
    gained.removeIf(p -> p.startsWith(data) || p.getParent().equals(seeds));
    return new Result(landings, Set.copyOf(gained), seeds);
  }

  /**
   * @param landings   where each upload went
   * @param elsewhere  files the sandbox gained outside the seeds folder (and the index's own folder)
   * @param seeds      the seeds folder
   */
  record Result(List<Landing> landings, Set<Path> elsewhere, Path seeds) {
    long escaped() {
      return landings.stream().filter(Landing::escape).count() + elsewhere.size();
    }

    long hidden() {
      return landings.stream().filter(l -> l.kept() != null && l.kept().getFileName().toString().startsWith("."))
          .count();
    }

    List<Throwable> errors() {
      return landings.stream().map(Landing::error).filter(e -> e != null).toList();
    }
  }

  private static Set<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return new TreeSet<>(s.filter(Files::isRegularFile).toList());
    }
  }
}
