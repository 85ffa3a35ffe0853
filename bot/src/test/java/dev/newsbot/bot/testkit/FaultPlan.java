package dev.newsbot.bot.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which Bot API calls go wrong, and how: once armed, a seeded share of the calls to the chosen
 * methods is answered with 429 and {@code retry_after}, a 5xx, a slow answer or a dropped
 * connection, the four equally often (or one kind only). A failing call is never failed more than
 * {@code maxInARow} times running (a retry has the same method and parameters), so that a
 * bounded retry policy can always get through, as it does when Telegram's outages pass.
 */
public final class FaultPlan {

  public enum Kind {
    NONE,
    RATE_LIMITED,
    SERVER_ERROR,
    SLOW,
    DROPPED,
    /** Only with {@link #always}: a proxy's 404 page (not retried). */
    NOT_FOUND,
    /** Not of a plan: a fault scripted on the server ({@link FakeBotApi#fail} and company). */
    SCRIPTED
  }

  private static final Kind[] FAULTS = {Kind.RATE_LIMITED, Kind.SERVER_ERROR, Kind.SLOW, Kind.DROPPED};

  private final Kind[] kinds;
  private final Random random;
  private final double share;
  private final Set<String> methods;
  private final int maxInARow;
  private final Duration slow;
  private final int retryAfterSeconds;
  private final Map<String, Integer> inARow = new HashMap<>();
  private final Map<String, Deque<Kind>> scripted = new HashMap<>();
  private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
  private boolean armed;

  /**
   * @param share             the share of calls to {@code methods} that go wrong, 0 to 1
   * @param methods           Bot API method names (any case)
   * @param maxInARow         the most times one call (same method and parameters) fails running
   * @param slow              how long a slow answer takes (well under the bot's read timeout)
   * @param retryAfterSeconds the {@code retry_after} of a 429
   */
  public FaultPlan(long seed, double share, Set<String> methods, int maxInARow, Duration slow, int retryAfterSeconds) {
    this(FAULTS, seed, share, methods, maxInARow, slow, retryAfterSeconds);
  }

  private FaultPlan(Kind[] kinds, long seed, double share, Set<String> methods, int maxInARow, Duration slow,
      int retryAfterSeconds) {
    this.kinds = kinds.clone();
    this.random = new Random(seed);
    this.share = share;
    this.methods = methods.stream().map(m -> m.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    this.maxInARow = maxInARow;
    this.slow = slow;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A plan under which nothing goes wrong. */
  public static FaultPlan none() {
    return new FaultPlan(0, 0, Set.of(), 0, Duration.ZERO, 1);
  }

  /** Every call to {@code methods} fails with {@code kind}, once armed. */
  public static FaultPlan always(Kind kind, Set<String> methods) {
    return new FaultPlan(new Kind[] {kind}, 0, 1, methods, Integer.MAX_VALUE, Duration.ZERO, 1);
  }

  /** Once armed, the next calls to {@code method} get these faults, before any drawn at random. */
  public synchronized FaultPlan first(String method, Kind... faults) {
    scripted.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>()).addAll(List.of(faults));
    return this;
  }

  public synchronized void arm(boolean on) {
    armed = on;
  }

  /**
   * Decides the fate of one call.
   *
   * @param fingerprint the method and its parameters; a retry of a call has the same one
   */
  public synchronized Kind next(String method, String fingerprint) {
    Deque<Kind> script = scripted.get(method);
    if (armed && script != null && !script.isEmpty()) {
      Kind kind = script.poll();
      counts.merge(kind, 1, Integer::sum);
      return kind;
    }
    if (!armed || !methods.contains(method) || random.nextDouble() >= share) {
      inARow.remove(fingerprint);
      return Kind.NONE;
    }
    Kind kind = kinds[random.nextInt(kinds.length)];
    if (kind != Kind.SLOW) {
      int failed = inARow.merge(fingerprint, 1, Integer::sum);
      if (failed > maxInARow) {
        inARow.remove(fingerprint);
        return Kind.NONE;
      }
    }
    counts.merge(kind, 1, Integer::sum);
    return kind;
  }

  public Duration slow() {
    return slow;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public synchronized int count(Kind kind) {
    return counts.getOrDefault(kind, 0);
  }

  public synchronized int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
