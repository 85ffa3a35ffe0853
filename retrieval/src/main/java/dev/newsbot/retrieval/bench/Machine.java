package dev.newsbot.retrieval.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The lines that say when, on what and with which JVM a benchmark ran, for the head of its table. */
public final class Machine {

  private Machine() {}

  /** "Run: `command`", the date, the cores, CPU and memory, and this JVM with its options: markdown lines. */
  public static String heading(String command) throws IOException {
    Runtime rt = Runtime.getRuntime();
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    return "Run: `" + command + "`  \n"
        + "Date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "  \n"
        + "Machine: " + rt.availableProcessors() + " cores (" + cpu + "), "
        + Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ") + "  \n"
        + "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
        + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()) + ", max heap "
        + rt.maxMemory() / (1024 * 1024) + " MB";
  }
}
