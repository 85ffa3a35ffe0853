package dev.newsbot.bot.testkit;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The one Bot API server of the tests, on 127.0.0.1, that the real bot talks to through the real
 * telegrambots client: getMe, getUpdates (offsets, long polling), sendMessage and editMessageText
 * with Telegram's checks ({@link FakeMethods}), sendChatAction, answerCallbackQuery,
 * setMyCommands, deleteWebhook, getFile and file downloads. It records every call; faults come
 * from a {@link FaultPlan} (drawn at random, for the reliability suite) or are scripted for the
 * next calls of a method ({@link #rateLimit}, {@link #fail}, {@link #drop}). A failing call fails
 * before it has any effect, as when a request never reached Telegram. What users do is played by
 * {@link Users}; what the server keeps of chats and messages lives in {@link Chats}.
 */
public final class FakeBotApi implements AutoCloseable {

  public static final String TOKEN = "7357913579:" + "AAF-fakeTokenForNewsbotTests_0123456789";
  /** The part of the token that must never show; the bot id before ':' is public anyway. */
  public static final String SECRET = TOKEN.substring(TOKEN.indexOf(':') + 1);
  public static final long BOT_ID = 7357913579L;
  public static final String BOT_USERNAME = "newsbot_test_bot";

  /**
   * One call the bot made, recorded when answered (getUpdates when it arrives, before its long
   * poll); {@code status} is the HTTP status answered, -1 for a dropped connection;
   * {@code messageId} the id of the message a successful sendMessage made, else -1.
   */
  public record Call(String method, JsonNode params, int status, FaultPlan.Kind fault, long atNanos, int messageId) {
    Call(String method, JsonNode params, int status, FaultPlan.Kind fault) {
      this(method, params, status, fault, System.nanoTime(), -1);
    }

    public String text() {
      return params.path("text").asText("");
    }

    public long chatId() {
      return params.path("chat_id").asLong();
    }

    public boolean ok() {
      return status == 200;
    }

    /** The answer id in this message's buttons ({@code up:<id>:0}), or -1 when it has none. */
    public long answerId() {
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

  /** A scripted answer to the next call of a method: a status and body, or a dropped connection. */
  private record Scripted(int status, String body, boolean drop) {}

  public final ObjectMapper json = new ObjectMapper();
  public final Chats chats = new Chats(json);
  public final Users users = new Users(this);
  /** Chats whose user blocked the bot: sendMessage to them answers 403. */
  public final java.util.Set<Long> blocked = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /** The administrators of each group, as getChatMember tells them. */
  public final Map<Long, java.util.Set<Long>> groupAdmins = new java.util.concurrent.ConcurrentHashMap<>();
  private final FaultPlan faults;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Call> calls = new ArrayList<>();
  private final Map<Long, List<Call>> delivered = new HashMap<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Map<String, Deque<Scripted>> scripted = new HashMap<>();
  private final Map<Long, Long> slowChats = new HashMap<>();
  private int nextUpdateId = 1;
  private int confirmedUpTo;
  private boolean forgetConfirmed = true;
  private boolean closed;

  /** A server under which nothing goes wrong unless scripted. */
  public FakeBotApi() throws IOException {
    this(FaultPlan.none());
  }

  public FakeBotApi(FaultPlan faults) throws IOException {
    this.faults = faults;
    AtomicInteger n = new AtomicInteger();
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-bot-api-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public FaultPlan faults() {
    return faults;
  }

  // ---- scripted faults and other knobs ----

  /** The next {@code times} calls of {@code method} get 429 with {@code parameters.retry_after}. */
  public synchronized void rateLimit(String method, int times, int retryAfter) {
    script(method, times, new Scripted(429, rateLimited(retryAfter), false));
  }

  /** The next {@code times} calls of {@code method} get this status with a plain-text body (no "ok"). */
  public synchronized void fail(String method, int times, int status, String body) {
    script(method, times, new Scripted(status, body, false));
  }

  /** The next {@code times} calls of {@code method} lose their connection without an answer. */
  public synchronized void drop(String method, int times) {
    script(method, times, new Scripted(-1, "", true));
  }

  private void script(String method, int times, Scripted fault) {
    Deque<Scripted> queue = scripted.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
  }

  /** Every sendMessage and sendChatAction to {@code chatId} answers only after {@code delay}. */
  public synchronized void slowChat(long chatId, Duration delay) {
    slowChats.put(chatId, delay.toMillis());
  }

  /** Delivers an update again, with the same update_id (as Telegram may after a timeout). */
  public synchronized void redeliver(int updateId) {
    updates.stream().filter(u -> u.get("update_id").asInt() == updateId).findFirst()
        .ifPresent(u -> updates.add(u.deepCopy()));
    notifyAll();
  }

  /**
   * Off: updates stay after getUpdates confirms them (as when the bot died before its
   * confirming call reached Telegram), so only the offset the bot asks for keeps them away.
   */
  public synchronized void forgetConfirmedUpdates(boolean forget) {
    forgetConfirmed = forget;
  }

  // ---- updates ----

  /** Queues an update for getUpdates; returns its update_id. */
  public synchronized int enqueue(ObjectNode update) {
    int id = nextUpdateId++;
    update.put("update_id", id);
    updates.add(update);
    notifyAll();
    return id;
  }

  /** The last update_id handed out, 0 when none. */
  public synchronized int lastUpdateId() {
    return nextUpdateId - 1;
  }

  /** The highest update_id the bot confirmed by asking for a later offset. */
  public synchronized int confirmedUpTo() {
    return confirmedUpTo;
  }

  /** getUpdates: forgets what the offset confirms, then waits (long polling) for news. */
  synchronized ArrayNode poll(int offset, int limit, int timeoutSeconds) {
    if (offset > 0) {
      confirmedUpTo = Math.max(confirmedUpTo, offset - 1);
      if (forgetConfirmed) {
        updates.removeIf(u -> u.get("update_id").asInt() < offset);
      }
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

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  /** Successful sendMessage calls to one chat, in order. */
  public synchronized List<Call> sent(long chatId) {
    return List.copyOf(delivered.getOrDefault(chatId, List.of()));
  }

  /** Waits (bounded) until {@code n} calls match; returns all matching calls. */
  public List<Call> await(Predicate<Call> match, int n, Duration timeout, String what) {
    awaitUntil(calls -> calls.stream().filter(match).count() >= n, timeout, n + " × " + what);
    return calls().stream().filter(match).toList();
  }

  /** Waits (bounded) for {@code n} successful messages to {@code chatId}; returns all of them. */
  public List<Call> awaitSent(long chatId, int n, Duration timeout) {
    awaitUntil(calls -> sent(chatId).size() >= n, timeout, n + " messages to chat " + chatId);
    return sent(chatId);
  }

  /** Waits (bounded) until the calls so far satisfy {@code done}; the failure lists the calls. */
  public synchronized void awaitUntil(Predicate<List<Call>> done, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.test(calls)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("waited " + timeout.toMillis() + " ms for " + what + "; calls: " + summary());
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what);
      }
    }
  }

  /** The calls but polls, one a line, cut to 200 characters (the last 50 calls). */
  private String summary() {
    StringBuilder sb = new StringBuilder();
    List<Call> shown = calls.stream().filter(c -> !c.method().equals("getupdates")).toList();
    for (Call c : shown.subList(Math.max(0, shown.size() - 50), shown.size())) {
      String p = c.params().toString();
      sb.append("\n  ").append(c.method()).append(' ').append(c.status()).append(' ').append(p, 0, Math.min(200, p.length()));
    }
    return sb.toString();
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
      Scripted script = nextScripted(method);
      if (script != null) {
        record(new Call(method, params, script.status(), FaultPlan.Kind.SCRIPTED));
        if (!script.drop()) {
          respond(ex, script.status(), script.body());
        }
        return;
      }
      FaultPlan.Kind fault = faults.next(method, method + params);
      if (fail(ex, method, params, path, fault)) {
        return;
      }
      pause(params);
      boolean poll = method.equals("getupdates");
      if (poll) {
        record(new Call(method, params, 200, fault));
      }
      FakeMethods.Result r = FakeMethods.answer(this, method, params);
      if (!poll) {
        record(new Call(method, params, r.status(), fault, System.nanoTime(), r.messageId()));
      }
      respond(ex, r.status(), r.body());
    } catch (RuntimeException | IOException e) {
      respond(ex, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"fake server: "
          + e.getClass().getSimpleName() + "\"}");
    } finally {
      ex.close();
    }
  }

  /** Answers a call the plan fails; true when it did (a slow answer only waits, then goes on). */
  private boolean fail(HttpExchange ex, String method, JsonNode params, String path, FaultPlan.Kind fault)
      throws IOException {
    switch (fault) {
      case RATE_LIMITED -> {
        record(new Call(method, params, 429, fault));
        respond(ex, 429, rateLimited(faults.retryAfterSeconds()));
        return true;
      }
      case SERVER_ERROR -> {
        record(new Call(method, params, 502, fault));
        // A proxy's error page that echoes the request line, token and all: it must not reach a log.
        respond(ex, 502, "<html><body>502 Bad Gateway: POST " + path + "</body></html>");
        return true;
      }
      case NOT_FOUND -> {
        record(new Call(method, params, 404, fault));
        respond(ex, 404, "<html><body>404 Not Found: " + path + "</body></html>");
        return true;
      }
      case DROPPED -> {
        record(new Call(method, params, -1, fault));
        return true;
      }
      case SLOW -> sleep(faults.slow().toMillis());
      default -> { }
    }
    return false;
  }

  private static String rateLimited(int retryAfter) {
    return "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfter
        + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}";
  }

  private synchronized Scripted nextScripted(String method) {
    Deque<Scripted> queue = scripted.get(method);
    return queue == null ? null : queue.poll();
  }

  private void pause(JsonNode params) {
    Long delay;
    synchronized (this) {
      delay = slowChats.get(params.path("chat_id").asLong(Long.MIN_VALUE));
    }
    if (delay != null) {
      sleep(delay);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
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
    record(new Call("file download", json.createObjectNode().put("file_path", filePath)
        // The path the bot asked for, its token masked: the calls are checked for the token as logs are.
        .put("path", ex.getRequestURI().getPath().replace(SECRET, "<secret>")), bytes == null ? 404 : 200,
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
