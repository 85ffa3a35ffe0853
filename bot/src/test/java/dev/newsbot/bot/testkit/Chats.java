package dev.newsbot.bot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What {@link FakeBotApi} knows of its chats: who is in them, the messages the bot sent (so users
 * can reply to them and press their buttons), open callback queries, and files users sent.
 */
public final class Chats {

  private final ObjectMapper json;
  private final Map<Long, Room> rooms = new HashMap<>();
  private final Map<Long, Integer> lastMessageId = new HashMap<>();
  private final Map<String, ObjectNode> botMessages = new HashMap<>();
  private final Set<String> openCallbacks = new HashSet<>();
  private final Map<String, byte[]> files = new HashMap<>();
  private final Map<String, String> filePaths = new HashMap<>();
  private int fileCount;

  Chats(ObjectMapper json) {
    this.json = json;
  }

  public synchronized int nextMessageId(Room room) {
    rooms.put(room.id(), room);
    return lastMessageId.merge(room.id(), 1, Integer::sum);
  }

  public synchronized boolean knows(long chatId) {
    return rooms.containsKey(chatId);
  }

  /** Keeps a message the bot sent and returns it as the Bot API would. */
  public synchronized ObjectNode botSent(long chatId, JsonNode params) {
    Room room = rooms.getOrDefault(chatId, new Room(chatId, "private", null));
    ObjectNode m = json.createObjectNode().put("message_id", nextMessageId(room)).put("date", now())
        .put("text", TelegramHtml.visible(params.path("text").asText()));
    m.set("from", bot());
    m.set("chat", chat(room));
    if (params.has("reply_markup")) {
      m.set("reply_markup", params.get("reply_markup"));
    }
    botMessages.put(chatId + ":" + m.get("message_id").asInt(), m);
    return m;
  }

  /** A message the bot sent, as a callback query carries it. */
  public synchronized ObjectNode botMessage(long chatId, int messageId) {
    ObjectNode m = botMessages.get(chatId + ":" + messageId);
    if (m == null) {
      throw new IllegalArgumentException("the bot sent no message " + messageId + " to chat " + chatId);
    }
    return m.deepCopy();
  }

  public synchronized boolean hasBotMessage(long chatId, int messageId) {
    return botMessages.containsKey(chatId + ":" + messageId);
  }

  public synchronized void editBotMessage(long chatId, int messageId, String html) {
    botMessage(chatId, messageId);
    botMessages.get(chatId + ":" + messageId).put("text", TelegramHtml.visible(html));
  }

  public synchronized void openCallback(String id) {
    openCallbacks.add(id);
  }

  /** A callback query can be answered once. */
  public synchronized boolean closeCallback(String id) {
    return openCallbacks.remove(id);
  }

  /** Keeps a file a user sent under a path of the server's own (as Telegram does: not the sender's name). */
  synchronized String addFile(String fileId, byte[] bytes) {
    String path = "documents/file_" + ++fileCount;
    addFile(fileId, path, bytes);
    return path;
  }

  public synchronized void addFile(String fileId, String path, byte[] bytes) {
    files.put(fileId, bytes);
    filePaths.put(fileId, path);
  }

  public synchronized byte[] fileById(String fileId) {
    return files.get(fileId);
  }

  public synchronized String filePath(String fileId) {
    return filePaths.get(fileId);
  }

  public synchronized byte[] fileAt(String path) {
    return filePaths.entrySet().stream().filter(e -> e.getValue().equals(path)).map(e -> files.get(e.getKey()))
        .findFirst().orElse(null);
  }

  public ObjectNode user(Person p) {
    ObjectNode u = json.createObjectNode().put("id", p.id()).put("is_bot", p.isBot()).put("first_name", p.firstName());
    if (p.languageCode() != null) {
      u.put("language_code", p.languageCode());
    }
    return u;
  }

  public ObjectNode bot() {
    return json.createObjectNode().put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "newsbot")
        .put("username", FakeBotApi.BOT_USERNAME);
  }

  public ObjectNode chat(Room room) {
    ObjectNode c = json.createObjectNode().put("id", room.id()).put("type", room.type());
    if (room.title() != null) {
      c.put("title", room.title());
    }
    return c;
  }

  public static long now() {
    return System.currentTimeMillis() / 1000;
  }
}
