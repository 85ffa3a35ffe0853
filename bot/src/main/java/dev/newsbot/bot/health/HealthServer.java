package dev.newsbot.bot.health;

import com.sun.net.httpserver.HttpExchange;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small HTTP endpoint a supervisor polls (127.0.0.1 by default): {@code /healthz} answers 200
 * "ok" when every check passes, else 503 with the reasons, one line; {@code /metrics} is served by
 * Prometheus' own exporter. Until {@link #ready} names the checks it answers 503 "starting".
 */
public final class HealthServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HealthServer.class);

  private final HTTPServer server;
  private volatile List<Supplier<Optional<String>>> checks;

  private HealthServer(String host, int port, Metrics metrics) throws IOException {
    this.server = HTTPServer.builder().hostname(host).port(port).registry(metrics.registry())
        .registerHealthHandler(false).defaultHandler(this::handle).buildAndStart();
  }

  /**
   * Listens on {@code host:port} (port 0: a free one, see {@link #port()}).
   *
   * @throws IllegalStateException when the port is taken or the host unknown; the message says what to set
   */
  public static HealthServer start(String host, int port, Metrics metrics) {
    try {
      HealthServer s = new HealthServer(host, port, metrics);
      log.info("health at http://{}:{}/healthz, metrics at /metrics", host, s.port());
      return s;
    } catch (BindException e) {
      throw new IllegalStateException("cannot listen on " + host + ":" + port + " for /healthz (" + e.getMessage()
          + "): set NEWSBOT_HEALTH_PORT to a free port, or NEWSBOT_HEALTH_ENABLED=false");
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalStateException("cannot serve /healthz on " + host + ":" + port + " (" + e.getMessage()
          + "): check NEWSBOT_HEALTH_HOST");
    }
  }

  /** From now on /healthz runs these checks; each gives the reason it fails, or nothing. */
  public void ready(List<Supplier<Optional<String>>> checks) {
    this.checks = List.copyOf(checks);
  }

  public int port() {
    return server.getPort();
  }

  /** The reasons /healthz gives now; empty when healthy. */
  public List<String> problems() {
    List<Supplier<Optional<String>>> now = checks;
    if (now == null) {
      return List.of("starting: the index is being opened");
    }
    List<String> out = new ArrayList<>();
    for (Supplier<Optional<String>> c : now) {
      try {
        c.get().ifPresent(out::add);
      } catch (RuntimeException e) {
        out.add("a check failed: " + e.getMessage());
      }
    }
    return out;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (!path.equals("/healthz")) {
        respond(ex, 404, "not found: newsbot serves /healthz and /metrics\n");
        return;
      }
      List<String> problems = problems();
      respond(ex, problems.isEmpty() ? 200 : 503, problems.isEmpty() ? "ok\n"
          : "unhealthy: " + String.join("; ", problems) + "\n");
    }
  }

  private static void respond(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
