package dev.newsbot.bot.telegram;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 for tests, speaking enough of the protocol for newsbot: getMe,
 * getUpdates (offsets, long polling), sendMessage and editMessageText (with Telegram's HTML and
 * length checks), sendChatAction, answerCallbackQuery, setMyCommands, deleteWebhook, getFile and
 * file downloads. Records every call; scripted faults (429 with retry_after, 5xx, dropped
 * connections) and slow answers on demand. Users are played by {@link FakeChats}.
 */
final class FakeBotApi implements AutoCloseable {

  static final String TOKEN = "7357913579:" + "AAF-fakeTokenForNewsbotTests_0123456789";
  static final long BOT_ID = 7357913579L;
  static final String BOT_USERNAME = "newsbot_test_bot";

  /**
   * One call the bot made, recorded when answered (getUpdates when it arrives, before its long
   * poll); {@code status} is the HTTP status answered, -1 for a dropped connection.
   */
  record Call(String method, JsonNode params, int status, long atNanos) {
    Call(String method, JsonNode params, int status) {
      this(method, params, status, System.nanoTime());
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
  }

  /** A scripted answer to the next call of a method. */
  record Fault(int status, String body, boolean drop) {}

  final ObjectMapper json = new ObjectMapper();
  final FakeChats chats = new FakeChats(this);
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(ChatQueues.named("fake-bot-api"));
  private final List<Call> calls = new ArrayList<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private final Map<Long, Long> slowChats = new HashMap<>();
  final FakeFiles files = new FakeFiles();
  private int nextUpdateId = 1;
  private boolean forgetConfirmed = true;
  private boolean closed;

  FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  // ---- knobs ----

  /** The next {@code times} calls of {@code method} get 429 with {@code parameters.retry_after}. */
  synchronized void rateLimit(String method, int times, int retryAfter) {
    String body = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfter
        + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}";
    script(method, times, new Fault(429, body, false));
  }

  /** The next {@code times} calls of {@code method} get this status with a plain-text body (no "ok"). */
  synchronized void fail(String method, int times, int status, String body) {
    script(method, times, new Fault(status, body, false));
  }

  /** The next {@code times} calls of {@code method} lose their connection without an answer. */
  synchronized void drop(String method, int times) {
    script(method, times, new Fault(0, "", true));
  }

  private void script(String method, int times, Fault fault) {
    Deque<Fault> queue = faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
  }

  /** Delivers an update again, with the same update_id (as Telegram may after a timeout). */
  synchronized void redeliver(int updateId) {
    updates.stream().filter(u -> u.get("update_id").asInt() == updateId).findFirst()
        .ifPresent(u -> updates.add(u.deepCopy()));
    notifyAll();
  }

  /** Every sendMessage and sendChatAction to {@code chatId} answers only after {@code delay}. */
  synchronized void slowChat(long chatId, Duration delay) {
    slowChats.put(chatId, delay.toMillis());
  }

  /**
   * Off: updates stay after getUpdates confirms them (as when the bot died before its
   * confirming call reached Telegram), so only the offset the bot asks for keeps them away.
   */
  synchronized void forgetConfirmedUpdates(boolean forget) {
    forgetConfirmed = forget;
  }

  // ---- what happened ----

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  /** Successful sendMessage calls to one chat. */
  List<Call> sent(long chatId) {
    return calls("sendmessage").stream().filter(c -> c.ok() && c.chatId() == chatId).toList();
  }

  /** Waits (bounded) until {@code n} calls match; returns all matching calls. */
  synchronized List<Call> await(Predicate<Call> match, int n, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Call> found = calls.stream().filter(match).toList();
      if (found.size() >= n) {
        return found;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("waited " + timeout.toMillis() + " ms for " + n + " × " + what + ", saw "
            + found.size() + "; calls: " + summary());
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what);
      }
    }
  }

  /** Waits for {@code n} successful messages to {@code chatId}; returns all of them. */
  List<Call> awaitSent(long chatId, int n, Duration timeout) {
    return await(c -> c.method().equals("sendmessage") && c.ok() && c.chatId() == chatId, n, timeout,
        "messages to chat " + chatId);
  }

  private String summary() {
    StringBuilder sb = new StringBuilder();
    for (Call c : calls) {
      if (!c.method().equals("getupdates")) {
        sb.append("\n  ").append(c.method()).append(' ').append(c.status()).append(' ')
            .append(c.params().toString(), 0, Math.min(200, c.params().toString().length()));
      }
    }
    return sb.toString();
  }

  // ---- updates, as FakeChats makes them ----

  synchronized int enqueue(ObjectNode update) {
    int id = nextUpdateId++;
    update.put("update_id", id);
    updates.add(update);
    notifyAll();
    return id;
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
      Fault fault = nextFault(method);
      if (fault != null) {
        record(new Call(method, params, fault.drop() ? -1 : fault.status()));
        if (!fault.drop()) {
          respond(ex, fault.status(), fault.body());
        }
        return;
      }
      pause(params);
      boolean poll = method.equals("getupdates");
      if (poll) {
        record(new Call(method, params, 200));
      }
      FakeMethods.Result r = FakeMethods.answer(this, method, params);
      if (!poll) {
        record(new Call(method, params, r.status()));
      }
      respond(ex, r.status(), r.body());
    } catch (RuntimeException | IOException e) {
      respond(ex, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"fake server: "
          + e.getClass().getSimpleName() + "\"}");
    } finally {
      ex.close();
    }
  }

  private synchronized Fault nextFault(String method) {
    Deque<Fault> queue = faults.get(method);
    return queue == null ? null : queue.poll();
  }

  private void pause(JsonNode params) {
    Long delay;
    synchronized (this) {
      delay = slowChats.get(params.path("chat_id").asLong(Long.MIN_VALUE));
    }
    if (delay != null) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private synchronized void record(Call call) {
    calls.add(call);
    notifyAll();
  }

  /** getUpdates: forgets what the offset confirms, then waits (long polling) for news. */
  synchronized ArrayNode poll(int offset, int limit, int timeoutSeconds) {
    if (offset > 0 && forgetConfirmed) {
      updates.removeIf(u -> u.get("update_id").asInt() < offset);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(Math.min(timeoutSeconds, 30)).toNanos();
    while (true) {
      ArrayNode ready = json.createArrayNode();
      updates.stream().filter(u -> u.get("update_id").asInt() >= offset).limit(Math.max(1, limit))
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

  private void download(HttpExchange ex, String filePath) throws IOException {
    byte[] bytes = files.atPath(filePath);
    record(new Call("file download", json.createObjectNode().put("file_path", filePath)
        .put("path", ex.getRequestURI().getPath()), bytes == null ? 404 : 200));
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
