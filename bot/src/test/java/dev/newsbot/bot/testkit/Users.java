package dev.newsbot.bot.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people do in Telegram, turned into the updates {@link FakeBotApi} hands the bot:
 * well-formed as Telegram makes them (entities for commands and mentions, the pressed message in
 * a callback query), whatever their content.
 */
public final class Users {

  private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,})?");
  private static final Pattern MENTION = Pattern.compile("@[A-Za-z0-9_]{5,32}");

  private final FakeBotApi api;

  public Users(FakeBotApi api) {
    this.api = api;
  }

  public int says(Room room, Person from, String text) {
    ObjectNode m = message(room, from).put("text", text);
    entities(m, text);
    return api.enqueue(update("message", m));
  }

  /** A message that replies to one of the bot's messages. */
  public int replies(Room room, Person from, int botMessageId, String text) {
    ObjectNode m = message(room, from).put("text", text);
    entities(m, text);
    m.set("reply_to_message", api.chats.botMessage(room.id(), botMessageId));
    return api.enqueue(update("message", m));
  }

  public int edits(Room room, Person from, int messageId, String text) {
    ObjectNode m = message(room, from).put("text", text).put("message_id", messageId)
        .put("edit_date", Chats.now());
    return api.enqueue(update("edited_message", m));
  }

  public int posts(Room channel, String text) {
    ObjectNode m = api.json.createObjectNode().put("message_id", api.chats.nextMessageId(channel))
        .put("date", Chats.now()).put("text", text);
    m.set("chat", api.chats.chat(channel));
    return api.enqueue(update("channel_post", m));
  }

  public int sendsSticker(Room room, Person from) {
    ObjectNode m = message(room, from);
    m.putObject("sticker").put("file_id", "sticker-1").put("file_unique_id", "s1").put("type", "regular")
        .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
    return api.enqueue(update("message", m));
  }

  public int sendsLocation(Room room, Person from) {
    ObjectNode m = message(room, from);
    m.putObject("location").put("latitude", 27.827).put("longitude", 113.134);
    return api.enqueue(update("message", m));
  }

  public int sendsPhoto(Room room, Person from, String caption) {
    ObjectNode m = message(room, from).put("caption", caption);
    ArrayNode sizes = m.putArray("photo");
    sizes.addObject().put("file_id", "photo-1").put("file_unique_id", "p1").put("width", 90).put("height", 90);
    return api.enqueue(update("message", m));
  }

  public int sendsDocument(Room room, Person from, String fileName, byte[] bytes) {
    String fileId = "doc-" + UUID.randomUUID();
    api.chats.addFile(fileId, bytes);
    ObjectNode m = message(room, from);
    m.putObject("document").put("file_id", fileId).put("file_unique_id", fileId).put("file_name", fileName)
        .put("file_size", bytes.length);
    return api.enqueue(update("message", m));
  }

  /** Presses a button under one of the bot's messages; {@code data} is whatever the client sends. */
  public int presses(Room room, Person from, int botMessageId, String data) {
    ObjectNode q = callback(room, from, data);
    q.set("message", api.chats.botMessage(room.id(), botMessageId));
    return api.enqueue(update("callback_query", q));
  }

  /** A press on an inline-mode message: no message in the query, only an inline_message_id. */
  public int pressesInline(Person from, String data) {
    ObjectNode q = callback(Room.privateWith(from), from, data).put("inline_message_id", "inline-" + from.id());
    return api.enqueue(update("callback_query", q));
  }

  private ObjectNode callback(Room room, Person from, String data) {
    String id = UUID.randomUUID().toString();
    api.chats.openCallback(id);
    ObjectNode q = api.json.createObjectNode().put("id", id).put("chat_instance", "ci-" + room.id());
    if (data == null) {
      q.put("game_short_name", "newsquiz");
    } else {
      q.put("data", data);
    }
    q.set("from", api.chats.user(from));
    return q;
  }

  private ObjectNode message(Room room, Person from) {
    ObjectNode m = api.json.createObjectNode().put("message_id", api.chats.nextMessageId(room))
        .put("date", Chats.now());
    m.set("from", api.chats.user(from));
    m.set("chat", api.chats.chat(room));
    return m;
  }

  /** Entities as Telegram marks them, offsets and lengths in UTF-16 units (Java's char indices). */
  private void entities(ObjectNode message, String text) {
    ArrayNode entities = api.json.createArrayNode();
    Matcher command = COMMAND.matcher(text);
    if (command.find()) {
      entities.addObject().put("type", "bot_command").put("offset", 0).put("length", command.end());
    }
    Matcher mention = MENTION.matcher(text);
    while (mention.find()) {
      entities.addObject().put("type", "mention").put("offset", mention.start())
          .put("length", mention.end() - mention.start());
    }
    if (!entities.isEmpty()) {
      message.set("entities", entities);
    }
  }

  private ObjectNode update(String kind, ObjectNode body) {
    ObjectNode u = api.json.createObjectNode();
    u.set(kind, body);
    return u;
  }
}
