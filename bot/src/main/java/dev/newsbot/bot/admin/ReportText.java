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
    if (!r.notPruned().isEmpty()) {
      lines.add("Not removed, although their file is gone (" + r.notPruned().size() + "): "
          + String.join(", ", r.notPruned()) + ". Removing them would leave " + (r.unchanged().isEmpty()
          && r.added().isEmpty() && r.changed().isEmpty() ? "no issue" : "fewer than half of the issues")
          + " in the index: check that the seeds folder is the right one, or run index --prune --force to"
          + " remove them.");
    }
    for (String why : r.rejected()) {
      lines.add("Rejected: " + why);
    }
    lines.add(String.format(Locale.ROOT, "Articles +%d −%d, passages +%d −%d, %.1f s.", r.articlesAdded(),
        r.articlesRemoved(), r.chunksAdded(), r.chunksRemoved(), r.seconds()));
    if (r.keptIn() != null) {
      lines.add("The text of each issue removed or replaced is kept in " + r.keptIn() + ": to undo, copy its"
          + " files back into the seeds folder and run index.");
    }
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
