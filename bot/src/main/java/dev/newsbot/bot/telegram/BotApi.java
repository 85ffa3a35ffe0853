package dev.newsbot.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every outgoing Bot API call goes through here: sent with telegrambots' client, retried per
 * {@link RetryPolicy} (429 after {@code retry_after}, 5xx and timeouts with back-off), and given
 * up with one log line after a bounded number of tries. Never throws from {@link #call}.
 */
final class BotApi {

  private static final Logger log = LoggerFactory.getLogger(BotApi.class);

  private final TelegramClient client;
  private final OkHttpClient http;
  private final HttpUrl fileBase;
  private final RetryPolicy policy;
  private final Secrets secrets;
  private final ThreadLocal<Boolean> cutShort = ThreadLocal.withInitial(() -> false);
  private volatile boolean stopping;

  BotApi(TelegramClient client, OkHttpClient http, TelegramSettings settings, RetryPolicy policy, Secrets secrets) {
    this.client = client;
    this.http = http;
    this.fileBase = HttpUrl.get(settings.apiUrl()).newBuilder().addPathSegment("file")
        .addPathSegment("bot" + settings.token()).build();
    this.policy = policy;
    this.secrets = secrets;
  }

  /** Sends {@code method}, retrying as the policy allows; empty when it finally failed (logged). */
  <T extends Serializable, M extends BotApiMethod<T>> Optional<T> call(M method) {
    try {
      return Optional.ofNullable(callOrThrow(method));
    } catch (BotApiError e) {
      return Optional.empty();
    }
  }

  /** Like {@link #call} but tells the caller why it failed. */
  <T extends Serializable, M extends BotApiMethod<T>> T callOrThrow(M method) throws BotApiError {
    for (int attempt = 1; ; attempt++) {
      checkNotStopping(method.getMethod());
      BotApiError error;
      try {
        return client.execute(method);
      } catch (TelegramApiException e) {
        error = unwrap(method.getMethod(), e);
      } catch (RuntimeException e) {
        error = new BotApiError(BotApiError.Kind.CLIENT, method.getMethod(), 0,
            "unexpected " + secrets.describe(e), -1);
      }
      checkNotStopping(method.getMethod());
      retryOrThrow(attempt, error);
    }
  }

  /**
   * From now on every call fails at once (and calls under way are cancelled by the caller), so
   * that work cut short by a stop is left for the next start instead of half done.
   */
  void stop() {
    stopping = true;
  }

  /** True (once) when a call on this thread failed because the bot was stopping. */
  boolean takeCutShort() {
    boolean cut = cutShort.get();
    cutShort.set(false);
    return cut;
  }

  private void checkNotStopping(String method) throws BotApiError {
    if (stopping) {
      cutShort.set(true);
      throw new BotApiError(BotApiError.Kind.CANCELED, method, 0, "the bot is stopping", -1);
    }
  }

  /**
   * Downloads a file the user sent, from {@code <api-url>/file/bot<token>/<path>} (telegrambots'
   * own {@code downloadFile} always uses api.telegram.org, whatever server the bot talks to).
   *
   * @throws BotApiError when it cannot be fetched, or is larger than {@code maxBytes}
   */
  byte[] download(String fileId, long maxBytes) throws BotApiError {
    File file = callOrThrow(GetFile.builder().fileId(fileId).build());
    if (file == null || file.getFilePath() == null) {
      throw new BotApiError(BotApiError.Kind.CLIENT, "getFile", 0, "no file_path in the answer", -1);
    }
    if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
      throw new BotApiError(BotApiError.Kind.CLIENT, "file download", 0, "file is " + file.getFileSize()
          + " bytes, over the limit of " + maxBytes, -1);
    }
    HttpUrl url = fileBase.newBuilder().addPathSegments(file.getFilePath()).build();
    for (int attempt = 1; ; attempt++) {
      checkNotStopping("file download");
      try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute();
          ResponseBody body = response.body()) {
        return readAtMost(body.byteStream(), maxBytes);
      } catch (BotApiError e) {
        retryOrThrow(attempt, e);
      } catch (IOException e) {
        retryOrThrow(attempt, new BotApiError(BotApiError.Kind.TRANSPORT, "file download", 0,
            secrets.describe(e), -1));
      }
    }
  }

  private static byte[] readAtMost(InputStream in, long maxBytes) throws BotApiError, IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new BotApiError(BotApiError.Kind.CLIENT, "file download", 0, "file is over the limit of " + maxBytes
          + " bytes", -1);
    }
    return bytes;
  }

  private void retryOrThrow(int attempt, BotApiError error) throws BotApiError {
    Optional<Duration> wait = policy.delayAfter(attempt, error);
    if (wait.isEmpty()) {
      if (error.kind() != BotApiError.Kind.CANCELED) {
        log.warn("gave up on {} after {} tr{}: {}", error.method(), attempt, attempt == 1 ? "y" : "ies",
            secrets.mask(error.getMessage()));
      }
      throw error;
    }
    log.info("{} failed ({}), try {} of {} in {} ms", error.method(), secrets.mask(error.getMessage()), attempt + 1,
        policy.maxAttempts(), wait.get().toMillis());
    try {
      Thread.sleep(wait.get().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cutShort.set(true);
      throw new BotApiError(BotApiError.Kind.CANCELED, error.method(), 0, "interrupted while waiting to retry", -1);
    }
  }

  /** Finds what really went wrong inside telegrambots' wrapping. */
  private BotApiError unwrap(String method, TelegramApiException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BotApiError b) {
        return b;
      }
      if (t instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() > 0) {
        Integer retry = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
        return BotApiError.http(method, r.getErrorCode(), r.getErrorCode(), secrets.mask(r.getApiResponse()), retry);
      }
      if (t instanceof IOException io) {
        return new BotApiError(BotApiError.Kind.TRANSPORT, method, 0, secrets.describe(io), -1);
      }
    }
    return new BotApiError(BotApiError.Kind.CLIENT, method, 0, secrets.describe(e), -1);
  }
}
