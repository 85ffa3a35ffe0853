package dev.newsbot.bot.bench;

import java.util.ArrayList;
import java.util.List;

/** The benchmark table as it is filled in. */
final class Report {

  private final List<String> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void row(String what, String reference, String measured, String target) {
    String line = "| " + what + " | " + reference + " | " + measured + " | " + target + " |";
    rows.add(line);
    System.out.println(line);
  }

  void note(String text) {
    notes.add(text);
    System.out.println(text);
  }

  String markdown() {
    StringBuilder sb = new StringBuilder("| what | reference, same run | measured | target |\n|---|---|---|---|\n");
    rows.forEach(r -> sb.append(r).append('\n'));
    if (!notes.isEmpty()) {
      sb.append('\n');
      notes.forEach(n -> sb.append("- ").append(n).append('\n'));
    }
    return sb.toString();
  }
}
