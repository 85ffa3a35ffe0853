package dev.newsbot.bot.health;

import dev.newsbot.retrieval.IndexState;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The numbers a supervisor reads at {@code /metrics}, in Prometheus' text format: questions
 * answered, abstentions, answer latency, Telegram errors by code, and the index's generation and
 * size (read from the index at each scrape). One registry per instance, so tests do not share counts.
 */
public final class Metrics {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter questions;
  private final Counter abstentions;
  private final Histogram latency;
  private final Counter telegramErrors;
  private volatile Supplier<IndexState> index = () -> null;

  public Metrics() {
    questions = Counter.builder().name("newsbot_questions").help("Questions answered (abstentions included)")
        .register(registry);
    abstentions = Counter.builder().name("newsbot_abstentions")
        .help("Questions answered with 'not found': the paper did not report it").register(registry);
    latency = Histogram.builder().name("newsbot_answer_duration_seconds")
        .help("Time to find an answer in the index, per question").classicOnly()
        .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10).register(registry);
    telegramErrors = Counter.builder().name("newsbot_telegram_errors")
        .help("Failed Bot API calls by HTTP status (or 'transport' for no answer)").labelNames("code")
        .register(registry);
    gauge("newsbot_index_generation", "Store generation the answers come from", IndexState::generation);
    gauge("newsbot_index_store_generation", "Store generation the index file holds now",
        IndexState::storeGeneration);
    gauge("newsbot_index_issues", "Indexed issues", IndexState::issues);
    gauge("newsbot_index_passages", "Indexed passages", IndexState::passages);
    gauge("newsbot_index_size_bytes", "Disk the index takes (file, write-ahead log, term index)",
        IndexState::bytes);
  }

  private void gauge(String name, String help, ToDoubleFunction<IndexState> value) {
    GaugeWithCallback.builder().name(name).help(help).callback(cb -> {
      IndexState s = stateOrNull();
      if (s != null) {
        cb.call(value.applyAsDouble(s));
      }
    }).register(registry);
  }

  private IndexState stateOrNull() {
    try {
      return index.get();
    } catch (RuntimeException unreadable) {
      return null; // /healthz says why
    }
  }

  /** The index whose state the gauges show, once it is open. */
  public void watch(Supplier<IndexState> state) {
    this.index = state;
  }

  /** One question answered in {@code nanos}. */
  public void answered(boolean abstained, long nanos) {
    questions.inc();
    if (abstained) {
      abstentions.inc();
    }
    latency.observe(nanos / 1e9);
  }

  /** One failed Bot API call: its HTTP status, or a word for a call that got no answer. */
  public void telegramError(String code) {
    telegramErrors.labelValues(code).inc();
  }

  PrometheusRegistry registry() {
    return registry;
  }
}
