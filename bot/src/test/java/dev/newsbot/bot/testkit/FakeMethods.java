package dev.newsbot.bot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** The Bot API methods {@link FakeBotApi} answers, with the checks Telegram makes on each. */
public final class FakeMethods {

  /** Telegram's limit on a message's text. */
  public static final int MAX_TEXT = 4096;
  /** Telegram's limit on the notice of answerCallbackQuery. */
  public static final int MAX_CALLBACK_TEXT = 200;

  /** An answer; {@code messageId} is the message a sendMessage made, else -1. */
  public record Result(int status, String body, int messageId) {
    Result(int status, String body) {
      this(status, body, -1);
    }
  }

  private FakeMethods() {}

  static Result answer(FakeBotApi api, String method, JsonNode p) {
    return switch (method) {
      case "getme" -> ok(api, api.chats.bot());
      case "deletewebhook", "sendchataction" -> ok(api, api.json.getNodeFactory().booleanNode(true));
      case "getupdates" -> ok(api, api.poll(p.path("offset").asInt(0), p.path("limit").asInt(100),
          p.path("timeout").asInt(0)));
      case "setmycommands" -> setMyCommands(api, p);
      case "sendmessage" -> sendMessage(api, p);
      case "editmessagetext" -> editMessageText(api, p);
      case "answercallbackquery" -> answerCallbackQuery(api, p);
      case "getfile" -> getFile(api, p);
      case "getchatmember" -> chatMember(api, p);
      default -> error(404, "Not Found: method not found");
    };
  }

  private static Result sendMessage(FakeBotApi api, JsonNode p) {
    Result bad = checkText(p);
    if (bad != null) {
      return bad;
    }
    if (api.blocked.contains(p.path("chat_id").asLong())) {
      return error(403, "Forbidden: bot was blocked by the user");
    }
    if (!api.chats.knows(p.path("chat_id").asLong())) {
      return error(400, "Bad Request: chat not found");
    }
    ObjectNode sent = api.chats.botSent(p.path("chat_id").asLong(), p);
    return new Result(200, ok(api, sent).body(), sent.get("message_id").asInt());
  }

  /** A member of a group: "administrator" when {@link FakeBotApi#groupAdmins} says so, else "member". */
  private static Result chatMember(FakeBotApi api, JsonNode p) {
    long user = p.path("user_id").asLong();
    boolean admin = api.groupAdmins.getOrDefault(p.path("chat_id").asLong(), java.util.Set.of()).contains(user);
    ObjectNode member = api.json.createObjectNode().put("status", admin ? "administrator" : "member");
    ObjectNode u = member.putObject("user").put("id", user).put("is_bot", false).put("first_name", "user" + user);
    if (admin) {
      member.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true)
          .put("can_delete_messages", true).put("can_manage_video_chats", true).put("can_restrict_members", true)
          .put("can_promote_members", false).put("can_change_info", true).put("can_invite_users", true);
    }
    return ok(api, member);
  }

  private static Result editMessageText(FakeBotApi api, JsonNode p) {
    Result bad = checkText(p);
    if (bad != null) {
      return bad;
    }
    long chat = p.path("chat_id").asLong();
    int id = p.path("message_id").asInt();
    if (!api.chats.hasBotMessage(chat, id)) {
      return error(400, "Bad Request: message to edit not found");
    }
    if (TelegramHtml.visible(p.path("text").asText()).equals(api.chats.botMessage(chat, id).path("text").asText())) {
      return error(400, "Bad Request: message is not modified: specified new message content and reply markup "
          + "are exactly the same as a current content and reply markup of the message");
    }
    api.chats.editBotMessage(chat, id, p.path("text").asText());
    return ok(api, api.chats.botMessage(chat, id));
  }

  private static Result answerCallbackQuery(FakeBotApi api, JsonNode p) {
    if (!api.chats.closeCallback(p.path("callback_query_id").asText())) {
      return error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
    }
    return p.path("text").asText("").length() > MAX_CALLBACK_TEXT ? error(400, "Bad Request: MESSAGE_TOO_LONG")
        : ok(api, api.json.getNodeFactory().booleanNode(true));
  }

  /**
   * Why Telegram would refuse a message text and its buttons, or null: empty, over 4096
   * characters, invalid HTML in HTML parse mode, a button without text, button data empty or over
   * 64 bytes.
   */
  public static Result checkText(JsonNode p) {
    String text = p.path("text").asText("");
    if (text.isBlank()) {
      return error(400, "Bad Request: message text is empty");
    }
    if (text.length() > MAX_TEXT) {
      return error(400, "Bad Request: message is too long");
    }
    if ("HTML".equals(p.path("parse_mode").asText())) {
      String problem = TelegramHtml.problem(text);
      if (problem != null) {
        return error(400, "Bad Request: can't parse entities: " + problem);
      }
    }
    for (JsonNode row : p.path("reply_markup").path("inline_keyboard")) {
      for (JsonNode button : row) {
        String data = button.path("callback_data").asText("");
        if (button.path("text").asText("").isEmpty() || data.isEmpty()
            || data.getBytes(StandardCharsets.UTF_8).length > 64) {
          return error(400, "Bad Request: BUTTON_DATA_INVALID");
        }
      }
    }
    return null;
  }

  private static Result setMyCommands(FakeBotApi api, JsonNode p) {
    for (JsonNode c : p.path("commands")) {
      String description = c.path("description").asText("");
      if (!c.path("command").asText("").matches("[a-z0-9_]{1,32}") || description.isEmpty()
          || description.length() > 256) {
        return error(400, "Bad Request: BOT_COMMAND_INVALID");
      }
    }
    return ok(api, api.json.getNodeFactory().booleanNode(true));
  }

  private static Result getFile(FakeBotApi api, JsonNode p) {
    String id = p.path("file_id").asText();
    byte[] bytes = api.chats.fileById(id);
    if (bytes == null) {
      return error(400, "Bad Request: invalid file_id");
    }
    return ok(api, api.json.createObjectNode().put("file_id", id).put("file_unique_id", id)
        .put("file_size", bytes.length).put("file_path", api.chats.filePath(id)));
  }

  private static Result ok(FakeBotApi api, JsonNode result) {
    ObjectNode o = api.json.createObjectNode().put("ok", true);
    o.set("result", result);
    return new Result(200, o.toString());
  }

  public static Result error(int code, String description) {
    return new Result(code, "{\"ok\":false,\"error_code\":" + code + ",\"description\":\""
        + description.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
  }
}
