package dev.newsbot.bot.telegram;

import java.util.HashMap;
import java.util.Map;

/** Files users sent to {@link FakeBotApi}: by file_id for getFile, by path for downloads. */
final class FakeFiles {

  private final Map<String, byte[]> bytes = new HashMap<>();
  private final Map<String, String> paths = new HashMap<>();

  synchronized void add(String fileId, String path, byte[] content) {
    bytes.put(fileId, content);
    paths.put(fileId, path);
  }

  synchronized byte[] byId(String fileId) {
    return bytes.get(fileId);
  }

  synchronized String path(String fileId) {
    return paths.get(fileId);
  }

  synchronized byte[] atPath(String path) {
    return paths.entrySet().stream().filter(e -> e.getValue().equals(path)).map(e -> bytes.get(e.getKey()))
        .findFirst().orElse(null);
  }
}
