package dev.newsbot.bot.testkit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies everything written to System.err (where slf4j-simple logs, looking the stream up on
 * every line, and where uncaught exceptions are printed) while open, still passing it through,
 * and reads it back as log events: a line with level and logger, and the lines that follow it
 * (a stack trace).
 */
public final class LogCapture implements AutoCloseable {

  /** One logged line and what was printed under it. */
  public record Event(String level, String logger, String line, List<String> continuation) {
    public boolean hasStackTrace() {
      return continuation.stream().anyMatch(l -> STACK_FRAME.matcher(l).find());
    }
  }

  /**
   * What a log says about a run.
   *
   * @param lines       lines logged
   * @param errors      ERROR events, and exceptions printed as uncaught, from loggers not tolerated
   * @param warnings    WARN events from loggers not tolerated
   * @param stackTraces events with a stack trace, from loggers not tolerated
   * @param tolerated   events of tolerated loggers (telegrambots' polling loop logs each failed
   *                    getUpdates at ERROR with a stack trace, and then retries)
   * @param tokenLines  lines holding the bot token, whatever logged them
   * @param examples    the first few problems, for the failure message
   */
  public record Verdict(int lines, int errors, int warnings, int stackTraces, int tolerated, int tokenLines,
      List<String> examples) {}

  private static final Pattern HEADER = Pattern.compile("^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} \\[[^\\]]*\\] "
      + "(ERROR|WARN|INFO|DEBUG|TRACE) (\\S+) - ");
  public static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w$./]+\\(|^Caused by: ");

  private final PrintStream original = System.err;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  public LogCapture() {
    OutputStream tee = new OutputStream() {
      @Override
      public void write(int b) {
        synchronized (buffer) {
          buffer.write(b);
        }
        original.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        synchronized (buffer) {
          buffer.write(b, off, len);
        }
        original.write(b, off, len);
      }
    };
    System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
  }

  public String text() {
    synchronized (buffer) {
      return buffer.toString(StandardCharsets.UTF_8);
    }
  }

  public List<String> lines() {
    return text().lines().toList();
  }

  /** The log as events; text before the first header (or not from slf4j) is an event of level "RAW". */
  public List<Event> events() {
    List<Event> events = new ArrayList<>();
    String level = "RAW";
    String logger = "";
    String line = null;
    List<String> more = new ArrayList<>();
    for (String l : lines()) {
      Matcher m = HEADER.matcher(l);
      boolean header = m.find();
      boolean uncaught = l.startsWith("Exception in thread");
      if (header || uncaught) {
        if (line != null) {
          events.add(new Event(level, logger, line, List.copyOf(more)));
        }
        level = header ? m.group(1) : "UNCAUGHT";
        logger = header ? m.group(2) : "";
        line = l;
        more.clear();
      } else if (line == null) {
        events.add(new Event("RAW", "", l, List.of()));
      } else {
        more.add(l);
      }
    }
    if (line != null) {
      events.add(new Event(level, logger, line, List.copyOf(more)));
    }
    return events;
  }

  public Verdict verdict(Set<String> toleratedLoggers) {
    int errors = 0;
    int warnings = 0;
    int traces = 0;
    int tolerated = 0;
    List<String> examples = new ArrayList<>();
    for (Event e : events()) {
      if (toleratedLoggers.contains(e.logger())) {
        tolerated++;
        continue;
      }
      boolean error = e.level().equals("ERROR") || e.level().equals("UNCAUGHT");
      errors += error ? 1 : 0;
      warnings += e.level().equals("WARN") ? 1 : 0;
      traces += e.hasStackTrace() ? 1 : 0;
      if ((error || e.level().equals("WARN") || e.hasStackTrace()) && examples.size() < 10) {
        examples.add(e.line() + (e.continuation().isEmpty() ? "" : " / " + e.continuation().get(0)));
      }
    }
    List<String> lines = lines();
    int token = (int) lines.stream().filter(l -> l.contains(FakeBotApi.SECRET)).count();
    return new Verdict(lines.size(), errors, warnings, traces, tolerated, token, List.copyOf(examples));
  }

  @Override
  public void close() {
    System.err.flush();
    System.setErr(original);
  }
}
