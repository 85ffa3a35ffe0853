package dev.newsbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people and chats of {@link FakeBotApi}: what users send becomes updates, what the bot
 * sends is kept as messages they can reply to or press buttons on.
 */
final class FakeChats {

  record Person(long id, String firstName, String languageCode, boolean isBot) {
    static Person user(long id, String name, String languageCode) {
      return new Person(id, name, languageCode, false);
    }
  }

  /** A chat: "private" (its id is the person's), "group", "supergroup" or "channel". */
  record Room(long id, String type, String title) {
    static Room privateWith(Person p) {
      return new Room(p.id(), "private", null);
    }

    static Room group(long id, String title) {
      return new Room(id, "supergroup", title);
    }
  }

  private static final Pattern MENTION = Pattern.compile("@[A-Za-z0-9_]{3,}");

  private final FakeBotApi api;
  private final Map<Long, Room> rooms = new HashMap<>();
  private final Map<Long, Integer> lastMessageId = new HashMap<>();
  private final Map<String, ObjectNode> botMessages = new HashMap<>();
  private final Set<String> callbackIds = new HashSet<>();
  private int files;

  FakeChats(FakeBotApi api) {
    this.api = api;
  }

  // ---- what users do ----

  int says(Room room, Person from, String text) {
    return api.enqueue(update("message", message(room, from).put("text", text), text));
  }

  int replies(Room room, Person from, int toBotMessage, String text) {
    ObjectNode m = message(room, from).put("text", text);
    m.set("reply_to_message", botMessage(room.id(), toBotMessage).deepCopy());
    return api.enqueue(update("message", m, text));
  }

  int sendsSticker(Room room, Person from) {
    ObjectNode m = message(room, from);
    m.putObject("sticker").put("file_id", "sticker-1").put("file_unique_id", "s1").put("type", "regular")
        .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
    return api.enqueue(update("message", m, null));
  }

  /** Sends a file; like Telegram, the server keeps it under a path of its own, not the sender's file name. */
  int sendsDocument(Room room, Person from, String fileName, byte[] bytes) {
    String fileId = "doc-" + UUID.randomUUID();
    int n;
    synchronized (this) {
      n = ++files;
    }
    api.files.add(fileId, "documents/file_" + n, bytes);
    ObjectNode m = message(room, from);
    m.putObject("document").put("file_id", fileId).put("file_unique_id", fileId).put("file_name", fileName)
        .put("file_size", bytes.length);
    return api.enqueue(update("message", m, null));
  }

  int edits(Room room, Person from, int messageId, String text) {
    ObjectNode m = message(room, from).put("text", text).put("message_id", messageId).put("edit_date", now());
    return api.enqueue(update("edited_message", m, text));
  }

  int posts(Room channel, String text) {
    ObjectNode m = api.json.createObjectNode().put("message_id", nextId(channel.id())).put("date", now())
        .put("text", text);
    m.set("chat", chat(channel));
    return api.enqueue(update("channel_post", m, null));
  }

  /** Presses an inline button under one of the bot's messages, with any data (forged data too). */
  int presses(Room room, Person from, int botMessageId, String data) {
    String id = UUID.randomUUID().toString();
    synchronized (this) {
      callbackIds.add(id);
    }
    ObjectNode q = api.json.createObjectNode().put("id", id).put("chat_instance", "ci-" + room.id()).put("data", data);
    q.set("from", user(from));
    q.set("message", botMessage(room.id(), botMessageId).deepCopy());
    ObjectNode u = api.json.createObjectNode();
    u.set("callback_query", q);
    return api.enqueue(u);
  }

  // ---- what the bot sent ----

  /** Keeps a message the bot sent and returns it as the Bot API would. */
  synchronized ObjectNode botSent(long chatId, JsonNode params) {
    Room room = rooms.getOrDefault(chatId, new Room(chatId, "private", null));
    ObjectNode m = api.json.createObjectNode().put("message_id", nextId(chatId)).put("date", now())
        .put("text", TelegramHtml.visible(params.path("text").asText()));
    m.set("from", user(new Person(FakeBotApi.BOT_ID, "newsbot", null, true)).put("username", FakeBotApi.BOT_USERNAME));
    m.set("chat", chat(room));
    if (params.has("reply_markup")) {
      m.set("reply_markup", params.get("reply_markup"));
    }
    botMessages.put(chatId + ":" + m.get("message_id").asInt(), m);
    return m;
  }

  synchronized ObjectNode botMessage(long chatId, int messageId) {
    ObjectNode m = botMessages.get(chatId + ":" + messageId);
    if (m == null) {
      throw new IllegalArgumentException("the bot sent no message " + messageId + " to chat " + chatId);
    }
    return m;
  }

  synchronized boolean knowsChat(long chatId) {
    return rooms.containsKey(chatId);
  }

  synchronized boolean takeCallback(String id) {
    return callbackIds.remove(id);
  }

  // ---- JSON ----

  private synchronized ObjectNode message(Room room, Person from) {
    rooms.put(room.id(), room);
    ObjectNode m = api.json.createObjectNode().put("message_id", nextId(room.id())).put("date", now());
    m.set("from", user(from));
    m.set("chat", chat(room));
    return m;
  }

  private ObjectNode update(String kind, ObjectNode message, String text) {
    if (text != null) {
      ArrayNode entities = api.json.createArrayNode();
      if (text.startsWith("/")) {
        int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        entities.addObject().put("type", "bot_command").put("offset", 0).put("length", utf16(text, end));
      }
      Matcher m = MENTION.matcher(text);
      while (m.find()) {
        entities.addObject().put("type", "mention").put("offset", m.start()).put("length", m.end() - m.start());
      }
      if (!entities.isEmpty()) {
        message.set("entities", entities);
      }
    }
    ObjectNode u = api.json.createObjectNode();
    u.set(kind, message);
    return u;
  }

  private static int utf16(String text, int end) {
    return text.substring(0, end).getBytes(StandardCharsets.UTF_16LE).length / 2;
  }

  private ObjectNode user(Person p) {
    ObjectNode u = api.json.createObjectNode().put("id", p.id()).put("is_bot", p.isBot()).put("first_name",
        p.firstName());
    if (p.languageCode() != null) {
      u.put("language_code", p.languageCode());
    }
    return u;
  }

  private ObjectNode chat(Room room) {
    ObjectNode c = api.json.createObjectNode().put("id", room.id()).put("type", room.type());
    if (room.title() != null) {
      c.put("title", room.title());
    }
    return c;
  }

  private synchronized int nextId(long chatId) {
    return lastMessageId.merge(chatId, 1, Integer::sum);
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }
}
