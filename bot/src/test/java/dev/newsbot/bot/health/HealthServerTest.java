package dev.newsbot.bot.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Real HTTP on 127.0.0.1: /healthz's answers and /metrics in Prometheus' text format. */
class HealthServerTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthzSaysStartingThenOkThenWhyNot() throws Exception {
    try (HealthServer server = HealthServer.start("127.0.0.1", 0, new Metrics())) {
      HttpResponse<String> starting = get(server.port(), "/healthz");
      assertThat(starting.statusCode()).isEqualTo(503);
      assertThat(starting.body()).isEqualTo("unhealthy: starting: the index is being opened\n");

      server.ready(List.of(Optional::empty, Optional::empty));
      HttpResponse<String> ok = get(server.port(), "/healthz");
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).isEqualTo("ok\n");
      assertThat(ok.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");

      server.ready(List.of(Optional::empty, () -> Optional.of("polling stopped"), () -> {
        throw new IllegalStateException("store closed");
      }));
      HttpResponse<String> down = get(server.port(), "/healthz");
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).isEqualTo("unhealthy: polling stopped; a check failed: store closed\n");

      HttpResponse<String> other = get(server.port(), "/");
      assertThat(other.statusCode()).isEqualTo(404);
      assertThat(get(server.port(), "/-/healthy").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void metricsCountQuestionsAbstentionsLatencyAndTelegramErrors() throws Exception {
    Metrics metrics = new Metrics();
    try (HealthServer server = HealthServer.start("127.0.0.1", 0, metrics)) {
      metrics.answered(false, 12_000_000L);
      metrics.answered(true, 40_000_000L);
      metrics.answered(false, 3_000_000_000L);
      metrics.telegramError("429");
      metrics.telegramError("429");
      metrics.telegramError("transport");
      metrics.watch(() -> new dev.newsbot.retrieval.IndexState(7, 7, 5, 612, 4_096_000));
      HttpResponse<String> r = get(server.port(), "/metrics");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
      assertThat(r.body().lines()).contains(
          "newsbot_questions_total 3.0",
          "newsbot_abstentions_total 1.0",
          "newsbot_answer_duration_seconds_bucket{le=\"0.01\"} 0",
          "newsbot_answer_duration_seconds_bucket{le=\"0.025\"} 1",
          "newsbot_answer_duration_seconds_bucket{le=\"0.05\"} 2",
          "newsbot_answer_duration_seconds_bucket{le=\"5.0\"} 3",
          "newsbot_answer_duration_seconds_count 3",
          "newsbot_telegram_errors_total{code=\"429\"} 2.0",
          "newsbot_telegram_errors_total{code=\"transport\"} 1.0",
          "newsbot_index_generation 7.0",
          "newsbot_index_passages 612.0",
          "newsbot_index_size_bytes 4096000.0");
    }
  }

  @Test
  void aTakenPortStopsTheStartWithWhatToSet() {
    try (HealthServer first = HealthServer.start("127.0.0.1", 0, new Metrics())) {
      assertThatThrownBy(() -> HealthServer.start("127.0.0.1", first.port(), new Metrics()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("cannot listen on 127.0.0.1:" + first.port() + " for /healthz")
          .hasMessageEndingWith("set NEWSBOT_HEALTH_PORT to a free port, or NEWSBOT_HEALTH_ENABLED=false");
    }
  }
}
