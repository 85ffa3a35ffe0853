package dev.newsbot.retrieval.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an issue's paper and date, in this order: a sidecar file {@code <name>.properties} beside
 * the issue (keys {@code paper} and {@code date=YYYY-MM-DD}); a date in the file name
 * ({@code 株洲日报_2024-03-12.txt}; a PDF's masthead comes before the name, {@code 20240312_…}); otherwise read from the text and marked
 * as inferred.
 */
public final class IssueMetaReader {

  private static final Pattern NAME_DATE = Pattern.compile(
      "(?:^|[_.\\- ])((?:19|20)\\d{2})-?(\\d{2})-?(\\d{2})(?=$|[_.\\- ])");
  private static final Pattern FULL_DATE = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
  /** A year named as a period still running: its whole (年度), so far (以来), a half, a quarter, months to date. */
  private static final Pattern RUNNING_YEAR = Pattern.compile(
      "((?:19|20)\\d{2})年(?:度|以来|上半年|下半年|[一二三四]季度|第[一二三四]季度|1\\s*[-—至到]\\s*\\d{1,2}\\s*月)");
  private static final Pattern LEAD_DATE = Pattern.compile("^[^。]{0,40}?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern MONTH_DAY = Pattern.compile("(?<![0-9年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern PAPER = Pattern.compile("([\\p{IsHan}]{2,6}日报)讯");

  private final String defaultPaper;

  /** @param defaultPaper the paper's name when neither sidecar nor text names it */
  public IssueMetaReader(String defaultPaper) {
    this.defaultPaper = defaultPaper;
  }

  /** The sidecar of an issue file: same name with its extension replaced by ".properties". */
  public static Path sidecarOf(Path issueFile) {
    String name = issueFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return issueFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".properties");
  }

  public IssueMeta read(Path issueFile, String text) throws IOException {
    return read(issueFile, text, null, null);
  }

  /**
   * As {@link #read(Path, String)}, for an issue whose page prints its paper and date (a PDF's
   * masthead): a sidecar still wins, the printed date comes before the file name's and is not
   * marked as inferred.
   */
  public IssueMeta read(Path issueFile, String text, String printedPaper, LocalDate printedDate) throws IOException {
    Path sidecar = sidecarOf(issueFile);
    String paper = null;
    LocalDate date = null;
    if (Files.isRegularFile(sidecar)) {
      Properties props = new Properties();
      try (Reader r = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
        props.load(r);
      }
      paper = blankToNull(props.getProperty("paper"));
      String d = blankToNull(props.getProperty("date"));
      if (d != null) {
        try {
          date = LocalDate.parse(d.trim());
        } catch (DateTimeParseException e) {
          throw new IOException(sidecar.getFileName() + ": date '" + d + "' is not YYYY-MM-DD");
        }
      }
    }
    if (date == null) {
      date = printedDate != null ? printedDate : dateFromName(issueFile.getFileName().toString());
    }
    if (paper == null) {
      paper = printedPaper != null ? printedPaper : paperFromText(text);
    }
    if (date != null) {
      return new IssueMeta(paper, date, false);
    }
    LocalDate printed = printedDate(text);
    return printed != null ? new IssueMeta(paper, printed, false) : new IssueMeta(paper, inferDate(text), true);
  }

  /**
   * The date the issue's running heads or masthead print ("某某日报 2024年4月18日 星期四 02 要闻"): the
   * one most of them give; null when none prints one.
   */
  static LocalDate printedDate(String text) {
    Map<LocalDate, Integer> counts = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.length() <= 60) {
        Markers.printedDate(line).ifPresent(d -> counts.merge(d, 1, Integer::sum));
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<LocalDate, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
  }

  /** The paper and date of a file that has no sidecar (an upload): from its name, else read from its text. */
  public IssueMeta read(String fileName, String text) {
    LocalDate date = dateFromName(fileName);
    LocalDate printed = date == null ? printedDate(text) : null;
    return date != null ? new IssueMeta(paperFromText(text), date, false)
        : printed != null ? new IssueMeta(paperFromText(text), printed, false)
        : new IssueMeta(paperFromText(text), inferDate(text), true);
  }

  static LocalDate dateFromName(String name) {
    Matcher m = NAME_DATE.matcher(name);
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private String paperFromText(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = PAPER.matcher(text);
    while (m.find()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(defaultPaper);
  }

  /**
   * A paper reports yesterday's news: the issue date is taken as the day after the latest date
   * that opens a news lead ("株洲日报讯(…) 3月8日,…"), in the latest year the text mentions twice.
   */
  static LocalDate inferDate(String text) {
    int year = likelyYear(text);
    LocalDate latest = null;
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (!l.contains("日报讯") && !l.startsWith("本报讯")) {
        continue;
      }
      Matcher m = LEAD_DATE.matcher(l);
      if (m.find() && year > 0) {
        LocalDate d = date(String.valueOf(year), m.group(1), m.group(2));
        if (d != null && (latest == null || d.isAfter(latest))) {
          latest = d;
        }
      }
    }
    if (latest != null) {
      return latest.plusDays(1);
    }
    LocalDate max = null;
    Matcher md = MONTH_DAY.matcher(text);
    while (md.find() && year > 0) {
      LocalDate d = date(String.valueOf(year), md.group(1), md.group(2));
      if (d != null && (max == null || d.isAfter(max))) {
        max = d;
      }
    }
    if (max != null) {
      return max;
    }
    Matcher full = FULL_DATE.matcher(text);
    while (full.find()) {
      LocalDate d = date(full.group(1), full.group(2), full.group(3));
      if (d != null && (max == null || d.isAfter(max))) {
        max = d;
      }
    }
    return max;
  }

  /**
   * The latest year the text mentions, but at most one past the most mentioned one: a January
   * issue looks back on last year ("2023年…") and names this one less often, while years after
   * that are plans ("到2035年"). When no year is mentioned twice, the latest one named as a
   * running period ("2024年度", "2024年以来", "2024年上半年", "2024年1-5月"): a year told once as
   * history ("成立于2015年") says nothing of the issue's. 0 when neither: too little to go on.
   */
  private static int likelyYear(String text) {
    Map<Integer, Integer> counts = new HashMap<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
    }
    int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (top < 2) {
      int running = 0;
      Matcher r = RUNNING_YEAR.matcher(text);
      while (r.find()) {
        running = Math.max(running, Integer.parseInt(r.group(1)));
      }
      return running;
    }
    int common = counts.entrySet().stream().filter(e -> e.getValue() == top).mapToInt(Map.Entry::getKey).max()
        .orElse(0);
    return counts.keySet().stream().mapToInt(Integer::intValue).filter(y -> y <= common + 1).max().orElse(0);
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
