package dev.newsbot.bot.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Makes file names and arguments work under any locale. Java 17 on Linux decodes the command
 * line and every file name with the locale's charset ({@code sun.jnu.encoding}, which
 * {@code -Dsun.jnu.encoding} cannot change): under {@code LC_ALL=C}, the default of many container
 * images, that is ASCII, so 株洲日报_2024-03-12.txt becomes "????" and cannot be opened, and a
 * Chinese question arrives as U+FFFD. When the locale's charset cannot hold all of Unicode, newsbot
 * starts itself again under {@value #UTF8_LOCALE}, handing over the arguments' raw bytes (read
 * from {@code /proc/self/cmdline}) in a system property, and waits for that process; when it
 * cannot, it says which locale to set.
 */
public final class Utf8Launch {

  /** The arguments' raw bytes, NUL-separated, Base64: set only on the process started again. */
  static final String ARGV_PROPERTY = "newsbot.argv";
  static final String UTF8_LOCALE = "C.UTF-8";
  /** Text in scripts and ranges a locale must hold: CJK, Latin, Cyrillic, beyond the BMP. */
  private static final String PROBE = "株洲日报é Ж \uD83D\uDCF0";
  static final int CANNOT = 2;

  private Utf8Launch() {}

  /**
   * Runs {@code program} with the arguments when file names and arguments decode, else runs it in
   * a process under a UTF-8 locale; returns the exit code.
   */
  public static int run(String[] args, ToIntFunction<String[]> program) {
    String relayed = System.getProperty(ARGV_PROPERTY);
    if (relayed != null) {
      if (!localeHoldsUnicode()) {
        return refuse("restarting under " + UTF8_LOCALE + " did not help (is that locale installed?)");
      }
      List<byte[]> raw = split(Base64.getDecoder().decode(relayed));
      String[] decoded = new String[raw.size()];
      for (int k = 0; k < decoded.length; k++) {
        try {
          decoded[k] = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(raw.get(k))).toString();
        } catch (CharacterCodingException e) {
          System.err.println("newsbot: argument " + (k + 1) + " is not UTF-8 text and the locale (" + locale()
              + ") names no other encoding: set LC_ALL to the locale your terminal uses, e.g. LC_ALL=" + UTF8_LOCALE);
          return CANNOT;
        }
      }
      return program.applyAsInt(decoded);
    }
    if (localeHoldsUnicode()) {
      return program.applyAsInt(args);
    }
    return relaunch(args.length);
  }

  /** Whether the charset Java decodes file names and arguments with can hold any text. */
  static boolean localeHoldsUnicode() {
    String name = System.getProperty("sun.jnu.encoding");
    try {
      return name == null || Charset.forName(name).newEncoder().canEncode(PROBE);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static int relaunch(int appArgs) {
    List<byte[]> argv;
    try {
      argv = split(Files.readAllBytes(Path.of("/proc/self/cmdline")));
    } catch (IOException | RuntimeException e) {
      return refuse("newsbot cannot restart itself under " + UTF8_LOCALE + " here (no /proc/self/cmdline)");
    }
    int jvmArgs = argv.size() - appArgs;
    String java = ProcessHandle.current().info().command().orElse(null);
    List<byte[]> options = argv.subList(1, Math.max(1, jvmArgs));
    if (java == null || jvmArgs < 2 || !isAscii(java) || !options.stream().allMatch(Utf8Launch::isAscii)) {
      return refuse("newsbot cannot restart itself under " + UTF8_LOCALE + " (the java command line holds"
          + " characters the locale cannot pass on)");
    }
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-D" + ARGV_PROPERTY + "=" + Base64.getEncoder().encodeToString(join(argv.subList(jvmArgs,
        argv.size()))));
    options.forEach(o -> command.add(new String(o, StandardCharsets.US_ASCII)));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    Map<String, String> env = builder.environment();
    env.put("LC_ALL", UTF8_LOCALE);
    try {
      Process child = builder.start();
      Thread stopChild = new Thread(() -> stop(child), "newsbot-relaunch-stop");
      Runtime.getRuntime().addShutdownHook(stopChild);
      int exit = child.waitFor();
      Runtime.getRuntime().removeShutdownHook(stopChild);
      return exit;
    } catch (IOException e) {
      return refuse("newsbot could not restart itself under " + UTF8_LOCALE + " (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CANNOT;
    }
  }

  /** This process is being stopped (SIGTERM, Ctrl-C): the one doing the work stops too, cleanly. */
  private static void stop(Process child) {
    child.destroy();
    try {
      child.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int refuse(String why) {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    err.println("newsbot: the locale (" + locale() + ") reads file names and arguments as "
        + System.getProperty("sun.jnu.encoding") + ", which cannot hold Chinese text, and " + why + ": set a UTF-8"
        + " locale, e.g. export LC_ALL=" + UTF8_LOCALE + " (`locale -a` lists the installed ones)");
    return CANNOT;
  }

  /** The variables that choose the charset, as set: "LC_ALL=C", or "LANG unset". */
  static String locale() {
    for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
      String v = System.getenv(name);
      if (v != null && !v.isEmpty()) {
        return name + "=" + v;
      }
    }
    return "LANG unset";
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c > 0 && c < 0x7f && c != 0xfffd);
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b <= 0) {
        return false;
      }
    }
    return true;
  }

  /** The NUL-terminated strings of {@code bytes} (as /proc/self/cmdline holds argv). */
  static List<byte[]> split(byte[] bytes) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < bytes.length; k++) {
      if (bytes[k] == 0) {
        out.add(Arrays.copyOfRange(bytes, start, k));
        start = k + 1;
      }
    }
    if (start < bytes.length) {
      out.add(Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return out;
  }

  private static byte[] join(List<byte[]> parts) {
    int n = parts.stream().mapToInt(p -> p.length + 1).sum();
    ByteBuffer b = ByteBuffer.allocate(n);
    parts.forEach(p -> b.put(p).put((byte) 0));
    return b.array();
  }
}
