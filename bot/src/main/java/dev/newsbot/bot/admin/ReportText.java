package dev.newsbot.bot.admin;

import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.indexing.IndexReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The diff report of an indexing run, as admins read it in the CLI (in English) and in Telegram. */
public final class ReportText {

  private ReportText() {}

  /** The report in English, as the CLI prints it. */
  public static String of(IndexReport r) {
    return of(r, Messages.ENGLISH);
  }

  public static String of(IndexReport r, Messages text) {
    List<String> lines = new ArrayList<>();
    if (r.isNoop() && r.rejected().isEmpty()) {
      lines.add(text.text("report.nothingChanged", r.unchanged().size()));
    }
    add(lines, text, "report.added", r.added());
    add(lines, text, "report.changed", r.changed());
    add(lines, text, "report.removed", r.removed());
    if (!r.missing().isEmpty()) {
      lines.add(text.text("report.kept", String.join(", ", r.missing())));
    }
    if (!r.notPruned().isEmpty()) {
      boolean none = r.unchanged().isEmpty() && r.added().isEmpty() && r.changed().isEmpty();
      lines.add(text.text(none ? "report.notPrunedAll" : "report.notPrunedMost", r.notPruned().size(),
          String.join(", ", r.notPruned())));
    }
    for (String why : r.rejected()) {
      lines.add(text.text("report.rejected", why));
    }
    lines.add(text.text("report.counts", r.articlesAdded(), r.articlesRemoved(), r.chunksAdded(), r.chunksRemoved(),
        String.format(Locale.ROOT, "%.1f", r.seconds())));
    if (r.keptIn() != null) {
      lines.add(text.text("report.keptIn", r.keptIn()));
    }
    if (r.coversFrom() != null) {
      lines.add(text.text("report.covers", r.coversFrom(), r.coversTo()));
    }
    return String.join("\n", lines);
  }

  private static void add(List<String> lines, Messages text, String key, List<String> files) {
    if (!files.isEmpty()) {
      lines.add(text.text(key, files.size(), String.join(", ", files)));
    }
  }
}
