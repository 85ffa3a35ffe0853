package dev.newsbot.retrieval.time;

import dev.newsbot.retrieval.text.Lexicon;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The days of festivals, from {@code zh/festivals.txt}: fixed days, or one day a year for lunar ones. */
final class Festivals {

  private final Map<String, List<String>> days;

  private Festivals(Map<String, List<String>> days) {
    this.days = days;
  }

  static Festivals load() {
    Map<String, List<String>> days = new HashMap<>();
    for (String line : Lexicon.zh("festivals")) {
      int eq = line.indexOf(" = ");
      if (eq < 0) {
        throw new IllegalStateException("festivals: a line without \" = \": " + line);
      }
      days.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT),
          List.of(line.substring(eq + 3).strip().split("\\s+")));
    }
    return new Festivals(days);
  }

  /** The day of festival {@code name} ("春节", "中秋节", "Spring Festival") in {@code year}. */
  Optional<LocalDate> day(String name, int year) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    List<String> found = days.get(key);
    if (found == null && key.endsWith("节")) {
      found = days.get(key.substring(0, key.length() - 1));
    }
    if (found == null) {
      return Optional.empty();
    }
    List<LocalDate> out = new ArrayList<>();
    for (String d : found) {
      if (d.startsWith("--")) {
        out.add(MonthDay.parse(d).atYear(year));
      } else {
        LocalDate date = LocalDate.parse(d);
        if (date.getYear() == year) {
          out.add(date);
        }
      }
    }
    return out.stream().findFirst();
  }
}
