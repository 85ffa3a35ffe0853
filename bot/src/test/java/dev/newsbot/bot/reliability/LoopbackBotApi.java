package dev.newsbot.bot.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 that the real bot talks to through the real telegrambots client:
 * long polling with offsets, Telegram's checks on what the bot sends ({@link LoopbackMethods}),
 * a record of every call, and faults from a {@link FaultPlan}. A failing call fails before it
 * has any effect, as when a request never reached Telegram. What users do is played by
 * {@link Users}; what the bot keeps of chats and messages lives in {@link LoopbackChats}.
 */
final class LoopbackBotApi implements AutoCloseable {

  static final String TOKEN = "5938271640:" + "AAE-reliabilitySuite_secret_0123456789abc";
  /** The part of the token that must never show; the bot id before ':' is public anyway. */
  static final String SECRET = TOKEN.substring(TOKEN.indexOf(':') + 1);
  static final long BOT_ID = 5938271640L;
  static final String BOT_USERNAME = "newsbot_reliability_bot";

  /**
   * One call the bot made, recorded when answered (getUpdates when it arrives, before its long
   * poll); {@code status} is the HTTP status answered, -1 for a dropped connection;
   * {@code messageId} the id of the message a successful sendMessage made, else -1.
   */
  record Call(String method, JsonNode params, int status, FaultPlan.Kind fault, long atNanos, int messageId) {
    Call(String method, JsonNode params, int status, FaultPlan.Kind fault) {
      this(method, params, status, fault, System.nanoTime(), -1);
    }

    String text() {
      return params.path("text").asText("");
    }

    long chatId() {
      return params.path("chat_id").asLong();
    }

    boolean ok() {
      return status == 200;
    }

    /** The answer id in this message's buttons ({@code up:<id>:0}), or -1 when it has none. */
    long answerId() {
      for (JsonNode row : params.path("reply_markup").path("inline_keyboard")) {
        for (JsonNode button : row) {
          String data = button.path("callback_data").asText("");
          if (data.startsWith("up:")) {
            return Long.parseLong(data.split(":")[1]);
          }
        }
      }
      return -1;
    }
  }

  final ObjectMapper json = new ObjectMapper();
  final LoopbackChats chats = new LoopbackChats(json);
  private final FaultPlan faults;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Call> calls = new ArrayList<>();
  private final Map<Long, List<Call>> delivered = new HashMap<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private int nextUpdateId = 1;
  private int confirmedUpTo;
  private boolean closed;

  LoopbackBotApi(FaultPlan faults) throws IOException {
    this.faults = faults;
    AtomicInteger n = new AtomicInteger();
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "loopback-bot-api-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  FaultPlan faults() {
    return faults;
  }

  // ---- updates ----

  /** Queues an update for getUpdates; returns its update_id. */
  synchronized int enqueue(ObjectNode update) {
    int id = nextUpdateId++;
    update.put("update_id", id);
    updates.add(update);
    notifyAll();
    return id;
  }

  /** The last update_id handed out, 0 when none. */
  synchronized int lastUpdateId() {
    return nextUpdateId - 1;
  }

  /** The highest update_id the bot confirmed by asking for a later offset. */
  synchronized int confirmedUpTo() {
    return confirmedUpTo;
  }

  /** getUpdates: forgets what the offset confirms, then waits (long polling) for news. */
  synchronized ArrayNode poll(int offset, int limit, int timeoutSeconds) {
    if (offset > 0) {
      confirmedUpTo = Math.max(confirmedUpTo, offset - 1);
      updates.removeIf(u -> u.get("update_id").asInt() < offset);
      notifyAll();
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(Math.min(timeoutSeconds, 50)).toNanos();
    while (true) {
      ArrayNode ready = json.createArrayNode();
      updates.stream().filter(u -> u.get("update_id").asInt() >= offset).limit(Math.max(1, Math.min(limit, 100)))
          .forEach(ready::add);
      long left = deadline - System.nanoTime();
      if (!ready.isEmpty() || left <= 0 || closed) {
        return ready;
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ready;
      }
    }
  }

  // ---- what happened ----

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  /** Successful sendMessage calls to one chat, in order. */
  synchronized List<Call> sent(long chatId) {
    return List.copyOf(delivered.getOrDefault(chatId, List.of()));
  }

  /** Waits (bounded) until {@code n} calls match; returns all matching calls. */
  List<Call> await(Predicate<Call> match, int n, Duration timeout, String what) {
    awaitUntil(calls -> calls.stream().filter(match).count() >= n, timeout, n + " × " + what);
    return calls().stream().filter(match).toList();
  }

  /** Waits (bounded) until the calls so far satisfy {@code done}. */
  synchronized void awaitUntil(Predicate<List<Call>> done, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.test(calls)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("waited " + timeout.toMillis() + " ms for " + what);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what);
      }
    }
  }

  /** Waits (bounded) for {@code n} successful messages to {@code chatId}; returns all of them. */
  synchronized List<Call> awaitSent(long chatId, int n, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (delivered.getOrDefault(chatId, List.of()).size() < n) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("waited " + timeout.toMillis() + " ms for " + n + " messages to chat " + chatId
            + ", saw " + sent(chatId).size());
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for messages to chat " + chatId);
      }
    }
    return sent(chatId);
  }

  // ---- the server ----

  private void exchange(HttpExchange ex) throws IOException {
    try {
      String path = ex.getRequestURI().getPath();
      if (path.startsWith("/file/bot" + TOKEN + "/")) {
        download(ex, path.substring(("/file/bot" + TOKEN + "/").length()));
        return;
      }
      if (!path.startsWith("/bot" + TOKEN + "/")) {
        respond(ex, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        return;
      }
      String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      byte[] body = ex.getRequestBody().readAllBytes();
      JsonNode params = body.length == 0 ? json.createObjectNode() : json.readTree(body);
      FaultPlan.Kind fault = faults.next(method, method + params);
      switch (fault) {
        case RATE_LIMITED -> {
          record(new Call(method, params, 429, fault));
          respond(ex, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
              + faults.retryAfterSeconds() + "\",\"parameters\":{\"retry_after\":" + faults.retryAfterSeconds() + "}}");
          return;
        }
        case SERVER_ERROR -> {
          record(new Call(method, params, 502, fault));
          // A proxy's error page that echoes the request line, token and all: it must not reach a log.
          respond(ex, 502, "<html><body>502 Bad Gateway: POST " + path + "</body></html>");
          return;
        }
        case NOT_FOUND -> {
          record(new Call(method, params, 404, fault));
          respond(ex, 404, "<html><body>404 Not Found: " + path + "</body></html>");
          return;
        }
        case DROPPED -> {
          record(new Call(method, params, -1, fault));
          return;
        }
        case SLOW -> pause(faults.slow());
        case NONE -> { }
      }
      boolean poll = method.equals("getupdates");
      if (poll) {
        record(new Call(method, params, 200, fault));
      }
      LoopbackMethods.Result r = LoopbackMethods.answer(this, method, params);
      if (!poll) {
        record(new Call(method, params, r.status(), fault, System.nanoTime(), r.messageId()));
      }
      respond(ex, r.status(), r.body());
    } catch (RuntimeException | IOException e) {
      respond(ex, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"loopback server: "
          + e.getClass().getSimpleName() + "\"}");
    } finally {
      ex.close();
    }
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void record(Call call) {
    calls.add(call);
    if (call.method().equals("sendmessage") && call.ok()) {
      delivered.computeIfAbsent(call.chatId(), k -> new ArrayList<>()).add(call);
    }
    notifyAll();
  }

  private void download(HttpExchange ex, String filePath) throws IOException {
    byte[] bytes = chats.fileAt(filePath);
    record(new Call("file download", json.createObjectNode().put("file_path", filePath), bytes == null ? 404 : 200,
        FaultPlan.Kind.NONE));
    if (bytes == null) {
      respond(ex, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
    } else {
      ex.sendResponseHeaders(200, bytes.length);
      ex.getResponseBody().write(bytes);
    }
  }

  private static void respond(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json" : "text/html");
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      ex.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    server.stop(0);
    executor.shutdownNow();
  }
}
