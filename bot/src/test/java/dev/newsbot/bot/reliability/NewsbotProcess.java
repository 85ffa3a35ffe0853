package dev.newsbot.bot.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * newsbot in a JVM of its own, started as an operator starts it ({@code java … dev.newsbot.bot.Main
 * ARGS}) with this test's class path, in a folder of its own, with a clean environment: no
 * {@code NEWSBOT_*} or locale variables but those a test gives (LANG=C.UTF-8 unless it says otherwise).
 * Standard output and error go to files beside it.
 */
final class NewsbotProcess {

  static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /** One finished run. */
  record Result(int exit, String out, String err, long millis) {}

  private NewsbotProcess() {}

  static ProcessBuilder builder(Path dir, List<String> jvmOptions, Map<String, String> env, List<String> args) {
    return builder(dir, List.of(), jvmOptions, env, args);
  }

  /** {@link #builder}, the JVM started by {@code launcher} (e.g. setpriv with what it drops) when one is given. */
  static ProcessBuilder builder(Path dir, List<String> launcher, List<String> jvmOptions, Map<String, String> env,
      List<String> args) {
    List<String> command = new ArrayList<>(launcher);
    command.add(JAVA);
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.newsbot.bot.Main"));
    command.addAll(args);
    ProcessBuilder b = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> e = b.environment();
    e.keySet().removeIf(k -> k.startsWith("NEWSBOT_") || k.startsWith("LC_") || k.equals("LANG")
        || k.equals("LANGUAGE") || k.equals("JAVA_TOOL_OPTIONS"));
    e.put("LANG", "C.UTF-8");
    e.putAll(env);
    return b;
  }

  /** Runs to the end (bounded by {@code timeout}); standard input is empty. */
  static Result run(Path dir, Map<String, String> env, Duration timeout, String... args) {
    return run(dir, List.of(), env, timeout, args);
  }

  static Result run(Path dir, List<String> jvmOptions, Map<String, String> env, Duration timeout, String... args) {
    return run(dir, List.of(), jvmOptions, env, timeout, args);
  }

  static Result run(Path dir, List<String> launcher, List<String> jvmOptions, Map<String, String> env,
      Duration timeout, String... args) {
    try {
      Files.createDirectories(dir);
      Path out = Files.createTempFile(dir, "out-", ".txt");
      Path err = Files.createTempFile(dir, "err-", ".txt");
      long t0 = System.nanoTime();
      Process p = builder(dir, launcher, jvmOptions, env, List.of(args)).redirectInput(ProcessBuilder.Redirect.from(
          Path.of("/dev/null").toFile())).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError("newsbot " + String.join(" ", args) + " did not end within " + timeout + "; stderr: "
            + Files.readString(err));
      }
      long millis = (System.nanoTime() - t0) / 1_000_000;
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8), millis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A copy of the suite's seed index in {@code dataDir} (SQLite's VACUUM INTO; the term index is rebuilt on open). */
  static Path copyOfSeedIndex(Path dataDir) {
    SuiteIndex.shared();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + SuiteIndex.DIR.resolve("newsbot.db"));
        PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
      Files.createDirectories(dataDir);
      ps.setString(1, dataDir.resolve("newsbot.db").toAbsolutePath().toString());
      ps.execute();
      return dataDir;
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot copy the seed index to " + dataDir, e);
    }
  }

  /** A port free on 127.0.0.1 a moment ago. */
  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
