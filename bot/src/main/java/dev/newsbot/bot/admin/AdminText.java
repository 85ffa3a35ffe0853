package dev.newsbot.bot.admin;

import dev.newsbot.bot.follow.FollowStore;

import dev.newsbot.bot.conversation.Block;
import dev.newsbot.bot.conversation.Span;
import dev.newsbot.bot.feedback.FeedbackCounts;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.indexing.IndexReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the bot says to admins about uploads, reindexing and statistics, from the catalog of the
 * conversation's language. Reasons from the intake (a refused file) are the intake's own words,
 * in English, as the CLI prints them.
 */
public record AdminText(Messages ui) {

  // ---- refusals ----

  public String reindexAdminsOnly() {
    return ui.text("admin.reindexAdminsOnly");
  }

  public String statsAdminsOnly() {
    return ui.text("admin.statsAdminsOnly");
  }

  public String reindexUsage() {
    return ui.text("admin.reindexUsage");
  }

  public String busy() {
    return ui.text("admin.busy");
  }

  public String notAdded(String why) {
    return ui.text("admin.notAdded", why);
  }

  public String tooBig(String file, long size, long max) {
    return notAdded(ui.text("admin.tooBig", file, size(size), size(max)));
  }

  public String downloadFailed(String file, String why) {
    return notAdded(ui.text("admin.downloadFailed", file, why));
  }

  public String failed() {
    return ui.text("admin.failed");
  }

  // ---- progress ----

  public String folderTitle(boolean prune) {
    return ui.text(prune ? "admin.folderTitlePrune" : "admin.folderTitle");
  }

  public String fileTitle(String file) {
    return ui.text("admin.fileTitle", file);
  }

  /** One step of a run: "embedding passages 32/120 · 4 s". */
  public String step(String phase, int done, int total, long seconds) {
    String what = switch (phase) {
      case "parsing", "embedding", "reading pages" -> ui.text("admin.step." + phase.replace(' ', '-'), done, total);
      case "articles found" -> ui.text("admin.step.articles-found", done);
      case "writing" -> ui.text("admin.step.writing");
      case "" -> ui.text("admin.step.starting");
      default -> phase + " " + done + "/" + total;
    };
    return ui.text("admin.step.seconds", what, seconds);
  }

  public String done(double seconds) {
    return ui.text("admin.done", String.format(Locale.ROOT, "%.1f", seconds));
  }

  public String stopped() {
    return ui.text("admin.stopped");
  }

  // ---- outcomes ----

  public String alreadyIndexed(IssueInfo i) {
    return ui.text("admin.alreadyIndexed", i.issue(), day(i));
  }

  public List<Block> report(IndexReport report) {
    return List.of(Block.of(Span.bold(ui.text("admin.reportTitle"))), Block.plain(ReportText.of(report, ui)));
  }

  /** The report of an upload, and how to give the date when it was not given with the file. */
  public List<Block> uploadReport(IndexReport report, IssueInfo added) {
    List<Block> blocks = new ArrayList<>(report(report));
    if (added != null && (added.date() == null || added.dateInferred())) {
      blocks.add(Block.plain(dateHint(added)));
    }
    return blocks;
  }

  /**
   * As the index reads dates: a sidecar {@code <name>.properties} beside the file,
   * else a date in the file name, else inferred from the text. Sending the same bytes again under
   * another name would only get "already indexed", so the name is advice for the next issue.
   */
  private String dateHint(IssueInfo i) {
    String sidecar = NewsIndex.sidecarName(i.issue());
    String named = i.paper() + "_YYYY-MM-DD.txt";
    String what = i.date() == null ? ui.text("admin.noDate", i.issue())
        : ui.text("admin.inferredDate", i.issue(), i.date());
    return what + ui.text("admin.howToDate", i.issue(), sidecar, named);
  }

  /** "date 2024-01-21 (inferred)", "date unknown". */
  private String day(IssueInfo i) {
    return i.date() == null ? ui.dateUnknown() : ui.text("admin.day", i.date(), i.dateInferred() ? ui.inferred() : "");
  }

  // ---- statistics ----

  public List<Block> stats(FeedbackCounts counts, List<IssueInfo> issues, long dbBytes, boolean indexing,
      FollowStore.Counts follows) {
    int articles = issues.stream().mapToInt(IssueInfo::articles).sum();
    int passages = issues.stream().mapToInt(IssueInfo::chunks).sum();
    String size = dbBytes < 0 ? ui.text("admin.sizeUnknown") : size(dbBytes);
    List<String> lines = new ArrayList<>();
    lines.add(ui.text("admin.statsAnswers", counts.answers(), counts.abstentions()));
    lines.add(ui.text("admin.statsFeedback", counts.up(), counts.down()));
    lines.add(ui.text("admin.statsIndex", issues.size(), articles, passages, size));
    lines.add(ui.text("admin.statsFollow", follows.followers(), follows.topics(), follows.alertsSent(),
        follows.alertsPending()));
    if (indexing) {
      lines.add(ui.text("admin.statsIndexing"));
    }
    return List.of(Block.of(Span.bold(ui.text("admin.statsTitle"))), Block.lines(lines));
  }

  /** "850 KB", "12.3 MB" (decimal units, as the intake's messages count). */
  public static String size(long bytes) {
    return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1e3)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
