package dev.newsbot.bot.cli;

import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.config.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
  public Integer call() {
    Config config = parent.config();
    if (!config.healthEnabled()) {
      throw new UserError(Setting.HEALTH_ENABLED.key() + " is false, so the bot serves no /healthz: set "
          + Setting.HEALTH_ENABLED.envName() + "=true");
    }
    URI uri = URI.create("http://" + localHost(config.healthHost()) + ":" + config.healthPort() + "/healthz");
    try {
      // HttpURLConnection rather than java.net.http: this runs every 30 s, and starts in half the CPU time
      HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
      c.setConnectTimeout(3_000);
      c.setReadTimeout(5_000);
      int status = c.getResponseCode();
      try (InputStream body = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        System.out.println(body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8).strip());
      }
      return status == 200 ? 0 : UNHEALTHY;
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
