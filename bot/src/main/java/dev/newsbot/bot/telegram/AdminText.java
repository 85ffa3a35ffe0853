package dev.newsbot.bot.telegram;

import dev.newsbot.bot.admin.ReportText;
import dev.newsbot.bot.feedback.FeedbackCounts;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.indexing.IndexReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the bot says to admins about uploads, reindexing and statistics, in Chinese or English.
 * Reasons from the intake (a refused file, the diff report) are the intake's own words, in
 * English, as the CLI prints them.
 */
record AdminText(Ui ui) {

  private String pick(String zh, String en) {
    return ui == Ui.ENGLISH ? en : zh;
  }

  // ---- refusals ----

  String reindexAdminsOnly() {
    return pick("抱歉，只有管理员可以重新读取报纸。", "Sorry, only the bot's admins can reindex.");
  }

  String statsAdminsOnly() {
    return pick("抱歉，只有管理员可以查看统计。", "Sorry, only the bot's admins can see the statistics.");
  }

  String reindexUsage() {
    return pick("用法：/reindex 读取报纸文件夹里新增和改动的文件；/reindex prune 同时移除文件已不在文件夹里的报纸。",
        "Usage: /reindex reads new and changed files in the issues folder; /reindex prune also removes issues "
            + "whose file is gone.");
  }

  String busy() {
    return pick("正在索引中。请等这次的报告出来后再试。",
        "An indexing run is under way. Please wait for its report, then try again.");
  }

  String notAdded(String why) {
    return pick("未收录：", "Not added: ") + why;
  }

  String tooBig(String file, long size, long max) {
    return notAdded(pick(file + " 有 " + size(size) + "，超过了 " + size(max) + " 的上限：请每个文件只放一期报纸。",
        file + " is " + size(size) + ", over the " + size(max) + " limit: send one issue per file."));
  }

  String downloadFailed(String file, String why) {
    return notAdded(pick("没能从 Telegram 下载 " + file + "（" + why + "），请再发送一次。",
        "I could not download " + file + " from Telegram (" + why + "). Please send it again."));
  }

  String failed() {
    return pick("索引时出了问题，索引保持原样。详情见服务器日志。",
        "Something went wrong while indexing; the index is as it was. The server log has the details.");
  }

  // ---- progress ----

  String folderTitle(boolean prune) {
    return prune
        ? pick("正在重新读取报纸文件夹（并移除文件已不在的报纸）", "Reindexing the issues folder, removing issues whose file is gone")
        : pick("正在重新读取报纸文件夹", "Reindexing the issues folder");
  }

  String fileTitle(String file) {
    return pick("正在收录 ", "Indexing ") + file;
  }

  /** One step of a run: "embedding passages 32/120 · 4 s". */
  String step(String phase, int done, int total, long seconds) {
    String what = switch (phase) {
      case "parsing" -> pick("读取文件 ", "reading files ") + done + "/" + total;
      case "reading pages" -> pick("读取版面 ", "reading pages ") + done + "/" + total;
      case "embedding" -> pick("计算段落向量 ", "embedding passages ") + done + "/" + total;
      case "writing" -> pick("写入索引", "writing the index");
      case "" -> pick("开始", "starting");
      default -> phase + " " + done + "/" + total;
    };
    return what + " · " + seconds + pick(" 秒", " s");
  }

  String done(double seconds) {
    return String.format(Locale.ROOT, pick("完成，用时 %.1f 秒。", "Done in %.1f s."), seconds);
  }

  String stopped() {
    return pick("已中止，索引保持原样。", "Stopped; the index is as it was.");
  }

  // ---- outcomes ----

  String alreadyIndexed(IssueInfo i) {
    return pick("已经收录过了（文件 " + i.issue() + "，" + day(i) + "）。", "Already indexed (issue " + i.issue() + ", "
        + day(i) + ").");
  }

  List<Block> report(IndexReport report) {
    return List.of(Block.of(Span.bold(pick("索引报告", "Indexing report"))), Block.plain(ReportText.of(report)));
  }

  /** The report of an upload, and how to give the date when it was not given with the file. */
  List<Block> uploadReport(IndexReport report, IssueInfo added) {
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
    if (i.date() == null) {
      return pick("没有找到 " + i.issue() + " 的日期，它会显示为“日期不详”。", "No date was found for " + i.issue()
          + ": it is listed as \"date unknown\". ") + howToDate(i.issue(), sidecar, named);
    }
    return pick(i.issue() + " 的日期 " + i.date() + " 是从正文推断的，文件没有注明。",
        "The date of " + i.issue() + ", " + i.date() + ", was inferred from the text, not given with the file. ")
        + howToDate(i.issue(), sidecar, named);
  }

  private String howToDate(String file, String sidecar, String named) {
    return pick("要指定日期：在服务器的报纸文件夹里 " + file + " 旁边放一个 " + sidecar + " 文件，内容写 date=YYYY-MM-DD，"
        + "再发送 /reindex。以后发送前把文件命名为 " + named + "，日期就不用推断了。",
        "To give it: put a file " + sidecar + " holding date=YYYY-MM-DD beside " + file + " in the issues folder "
            + "on the server, then send /reindex. Name the next files " + named + " before sending them and "
            + "their date need not be guessed.");
  }

  /** "date 2024-01-21 (inferred)", "date unknown". */
  private String day(IssueInfo i) {
    return i.date() == null ? ui.dateUnknown()
        : pick("日期 ", "date ") + i.date() + (i.dateInferred() ? ui.inferred() : "");
  }

  // ---- statistics ----

  List<Block> stats(FeedbackCounts counts, List<IssueInfo> issues, long dbBytes, boolean indexing) {
    int articles = issues.stream().mapToInt(IssueInfo::articles).sum();
    int passages = issues.stream().mapToInt(IssueInfo::chunks).sum();
    String size = dbBytes < 0 ? pick("大小不详", "size unknown") : size(dbBytes);
    List<String> lines = new ArrayList<>();
    lines.add(pick("已回答问题：" + counts.answers() + " 个，其中 " + counts.abstentions() + " 个报纸上没有找到",
        "Questions answered: " + counts.answers() + ", of which " + counts.abstentions() + " not found in the paper"));
    lines.add(pick("反馈：", "Feedback: ") + "👍 " + counts.up() + " · 👎 " + counts.down());
    lines.add(pick("索引：" + issues.size() + " 期报纸，" + articles + " 篇文章，" + passages + " 段；",
        "Index: " + issues.size() + " issue(s), " + articles + " articles, " + passages + " passages; ")
        + "newsbot.db " + size);
    if (indexing) {
      lines.add(pick("正在索引中。", "An indexing run is under way."));
    }
    return List.of(Block.of(Span.bold(pick("统计", "Statistics"))), Block.lines(lines));
  }

  /** "850 KB", "12.3 MB" (decimal units, as the intake's messages count). */
  static String size(long bytes) {
    return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1e3)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
