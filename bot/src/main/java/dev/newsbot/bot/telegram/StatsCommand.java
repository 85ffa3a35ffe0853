package dev.newsbot.bot.telegram;

import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.retrieval.NewsIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code /stats} (admins): questions answered, abstentions, 👍/👎, and the index's size: issues,
 * articles, passages and the bytes of {@code newsbot.db} (with its write-ahead log and term
 * index) in the data folder. The router refuses everyone else.
 */
final class StatsCommand implements Command {

  private final TelegramSettings settings;
  private final FeedbackStore store;
  private final NewsIndex index;
  private final IndexRunner runner;

  StatsCommand(TelegramSettings settings, FeedbackStore store, NewsIndex index, IndexRunner runner) {
    this.settings = settings;
    this.store = store;
    this.index = index;
    this.runner = runner;
  }

  @Override
  public String name() {
    return "stats";
  }

  @Override
  public String description(Ui ui) {
    return ui == Ui.ENGLISH ? "Questions, votes and index size (admins only)" : "问答、评价和索引统计（仅管理员）";
  }

  @Override
  public boolean adminOnly() {
    return true;
  }

  @Override
  public String refusal(AdminText text) {
    return text.statsAdminsOnly();
  }

  @Override
  public void run(Conversation c, String args) {
    AdminText text = new AdminText(c.appUi());
    c.reply(text.stats(store.counts(), index.issues(), indexBytes(settings.dataDir()), runner.busy()));
  }

  /**
   * Bytes of the index file with its write-ahead log and the term index beside it (the disk the
   * index takes), or -1 when there is no index file there.
   */
  static long indexBytes(Path dataDir) {
    Path db = dataDir.resolve(NewsIndex.FILE_NAME);
    try {
      long bytes = Files.size(db);
      for (String sidecar : List.of("-wal", "-terms")) {
        Path p = dataDir.resolve(NewsIndex.FILE_NAME + sidecar);
        if (Files.exists(p)) {
          try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
              bytes += Files.size(f);
            }
          }
        }
      }
      return bytes;
    } catch (IOException | java.io.UncheckedIOException e) {
      return -1;
    }
  }
}
