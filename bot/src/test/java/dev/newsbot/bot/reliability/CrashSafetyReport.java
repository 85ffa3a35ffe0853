package dev.newsbot.bot.reliability;

import dev.newsbot.bot.reliability.Figures.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The crash-safety figure comes from the retrieval module's {@code CrashSafetyIT} (an indexing
 * child process killed with SIGKILL while it writes, {@code newsbot.crash.kills} times), which
 * runs earlier in the same build: its failsafe report says whether it passed and with how many
 * kills. A report older than this build (or none, when retrieval was not built) is said so.
 */
final class CrashSafetyReport {

  static final Path REPORT = Path.of("..", "retrieval", "target", "failsafe-reports",
      "TEST-dev.newsbot.retrieval.CrashSafetyIT.xml");
  private static final String WHAT = "Reindex killed with SIGKILL mid-write (retrieval `CrashSafetyIT`), then "
      + "`PRAGMA integrity_check` and the dev questions' answers compared with before";

  private CrashSafetyReport() {}

  static void addFigure() {
    Instant jvmStart = Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    try {
      if (!Files.isRegularFile(REPORT)
          || Files.getLastModifiedTime(REPORT).toInstant().isBefore(jvmStart.minus(Duration.ofHours(1)))) {
        Figures.add(Section.FAULTS, WHAT, "not run in this build (build with -am)", "passes with 20 kills", false);
        return;
      }
      Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(REPORT.toFile())
          .getDocumentElement();
      int failed = Integer.parseInt(suite.getAttribute("failures")) + Integer.parseInt(suite.getAttribute("errors"))
          + Integer.parseInt(suite.getAttribute("skipped"));
      int tests = Integer.parseInt(suite.getAttribute("tests"));
      String kills = "5 (default)";
      NodeList properties = suite.getElementsByTagName("property");
      for (int i = 0; i < properties.getLength(); i++) {
        Element p = (Element) properties.item(i);
        if (p.getAttribute("name").equals("newsbot.crash.kills")) {
          kills = p.getAttribute("value");
        }
      }
      String at = DateTimeFormatter.ofPattern("HH:mm 'UTC'")
          .format(Files.getLastModifiedTime(REPORT).toInstant().atZone(ZoneOffset.UTC));
      boolean passed = tests > 0 && failed == 0;
      Figures.add(Section.FAULTS, WHAT, (passed ? "passed" : "FAILED") + " with newsbot.crash.kills=" + kills
          + ", " + suite.getAttribute("time") + " s (report of " + at + ")", "passes with 20 kills",
          passed && kills.equals("20"));
    } catch (Exception e) {
      Figures.add(Section.FAULTS, WHAT, "report unreadable: " + e.getClass().getSimpleName(), "passes with 20 kills",
          false);
    }
  }
}
