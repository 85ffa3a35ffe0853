package dev.newsbot.bot.telegram;

import dev.newsbot.bot.launch.Threads;
import java.time.Duration;
import java.util.concurrent.Executors;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** The HTTP clients that carry the Bot API calls: one for sending, one for long polling. */
final class HttpClients {

  private HttpClients() {}

  /** A client whose calls go through {@code errors}, on daemon threads, up to 64 at once. */
  static OkHttpClient of(Duration readTimeout, ApiErrorInterceptor errors) {
    Dispatcher dispatcher = new Dispatcher(Executors.newCachedThreadPool(Threads.named("newsbot-http")));
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(Duration.ofSeconds(10))
        .writeTimeout(Duration.ofSeconds(30))
        .readTimeout(readTimeout)
        .addInterceptor(errors)
        .build();
  }

  /** Cancels the calls under way and ends the client's threads and connections. */
  static void shutdown(OkHttpClient c) {
    c.dispatcher().cancelAll();
    c.dispatcher().executorService().shutdownNow();
    c.connectionPool().evictAll();
  }
}
