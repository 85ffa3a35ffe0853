package dev.newsbot.bot.admin;

import dev.newsbot.retrieval.indexing.IndexReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The diff report of an indexing run, as admins read it in the CLI and in Telegram. */
public final class ReportText {

  private ReportText() {}

  public static String of(IndexReport r) {
    List<String> lines = new ArrayList<>();
    if (r.isNoop() && r.rejected().isEmpty()) {
      lines.add("Nothing changed: " + r.unchanged().size() + " issue(s) already indexed.");
    }
    add(lines, "Added", r.added());
    add(lines, "Changed", r.changed());
    add(lines, "Removed", r.removed());
    if (!r.missing().isEmpty()) {
      lines.add("Kept although their file is gone (use --prune to remove): " + String.join(", ", r.missing()));
    }
    for (String why : r.rejected()) {
      lines.add("Rejected: " + why);
    }
    lines.add(String.format(Locale.ROOT, "Articles +%d −%d, passages +%d −%d, %.1f s.", r.articlesAdded(),
        r.articlesRemoved(), r.chunksAdded(), r.chunksRemoved(), r.seconds()));
    if (r.coversFrom() != null) {
      lines.add("Index now covers " + r.coversFrom() + " to " + r.coversTo() + ".");
    }
    return String.join("\n", lines);
  }

  private static void add(List<String> lines, String label, List<String> files) {
    if (!files.isEmpty()) {
      lines.add(label + " (" + files.size() + "): " + String.join(", ", files));
    }
  }
}
