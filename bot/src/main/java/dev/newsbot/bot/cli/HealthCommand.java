package dev.newsbot.bot.cli;

import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.config.Setting;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code health}: asks the running bot's {@code /healthz} (health.host, health.port) and exits 0
 * when it answers 200, 1 otherwise: what a supervisor (Docker's HEALTHCHECK) runs. It loads no
 * model and opens no index, so it starts in a fraction of a second.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
    description = "Ask the running bot's /healthz; exit 0 when healthy, 1 when not (for HEALTHCHECK).")
final class HealthCommand implements Callable<Integer> {

  static final int UNHEALTHY = 1;

  @ParentCommand
  NewsbotCommand parent;

  @Override
  public Integer call() throws InterruptedException {
    Config config = parent.config();
    if (!config.healthEnabled()) {
      throw new UserError(Setting.HEALTH_ENABLED.key() + " is false, so the bot serves no /healthz: set "
          + Setting.HEALTH_ENABLED.envName() + "=true");
    }
    URI uri = URI.create("http://" + localHost(config.healthHost()) + ":" + config.healthPort() + "/healthz");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      System.out.println(r.body().strip());
      return r.statusCode() == 200 ? 0 : UNHEALTHY;
    } catch (IOException e) {
      System.out.println("unhealthy: no answer from " + uri + " (is newsbot running with this "
          + Setting.HEALTH_PORT.key() + "?)");
      return UNHEALTHY;
    }
  }

  /** Where to reach a server listening on {@code host}: every interface is reachable on loopback. */
  static String localHost(String host) {
    if (host.equals("0.0.0.0")) {
      return "127.0.0.1";
    }
    if (host.equals("::") || host.equals("[::]")) {
      return "[::1]";
    }
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
