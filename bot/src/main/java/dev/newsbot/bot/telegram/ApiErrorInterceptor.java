package dev.newsbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Turns every failed Bot API call into a {@link BotApiError}: a non-2xx answer with Telegram's
 * error code, description and {@code retry_after} read from its body, or a transport failure
 * with a masked message. Installed first on every OkHttp client the bot uses, so neither
 * telegrambots' NullPointerException nor a URL holding the token ever reaches a log.
 */
final class ApiErrorInterceptor implements Interceptor {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_ERROR_BODY = 64 * 1024;

  private final Secrets secrets;
  private final Consumer<BotApiError> listener;
  private final BooleanSupplier stopping;

  /**
   * @param listener told of every failure (the polling back-off reads {@code retry_after} from it)
   * @param stopping true once the bot stops: a getUpdates cut short then ends quietly with no
   *                 updates, instead of telegrambots logging an error and backing off
   */
  ApiErrorInterceptor(Secrets secrets, Consumer<BotApiError> listener, BooleanSupplier stopping) {
    this.secrets = secrets;
    this.listener = listener;
    this.stopping = stopping;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String method = methodOf(request);
    if (stopping.getAsBoolean() && "getupdates".equalsIgnoreCase(method)) {
      return noUpdates(request);
    }
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      if (stopping.getAsBoolean() && "getupdates".equalsIgnoreCase(method)) {
        return noUpdates(request);
      }
      BotApiError.Kind kind = chain.call().isCanceled() ? BotApiError.Kind.CANCELED : BotApiError.Kind.TRANSPORT;
      String what = e instanceof InterruptedIOException ? "timed out or interrupted" : "no answer";
      BotApiError error = new BotApiError(kind, method, 0,
          what + " (" + e.getClass().getSimpleName() + ": " + secrets.mask(e.getMessage()) + ")", -1);
      error.setStackTrace(e.getStackTrace());
      listener.accept(error);
      throw error;
    }
    if (response.isSuccessful()) {
      return response;
    }
    String body;
    try {
      body = response.peekBody(MAX_ERROR_BODY).string();
    } catch (IOException e) {
      body = "";
    } finally {
      response.close();
    }
    BotApiError error = parse(method, response.code(), body);
    listener.accept(error);
    throw error;
  }

  private static Response noUpdates(Request request) {
    return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK (stopping)")
        .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", MediaType.get("application/json"))).build();
  }

  private BotApiError parse(String method, int status, String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.isObject()) {
        Integer code = node.path("error_code").isInt() ? node.get("error_code").asInt() : null;
        String description = node.path("description").isTextual() ? node.get("description").asText() : null;
        JsonNode retry = node.path("parameters").path("retry_after");
        return BotApiError.http(method, status, code, secrets.mask(description), retry.isInt() ? retry.asInt() : null);
      }
    } catch (IOException | RuntimeException notJson) {
      // an HTML page from a proxy, an empty body: only the status is known
    }
    return BotApiError.http(method, status, null, "non-JSON error body", null);
  }

  private static String methodOf(Request request) {
    List<String> segments = request.url().pathSegments();
    String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    boolean file = !segments.isEmpty() && "file".equals(segments.get(0));
    return file ? "file download" : last;
  }
}
