package dev.newsbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** The Bot API methods {@link FakeBotApi} answers, with the checks Telegram makes. */
final class FakeMethods {

  record Result(int status, String body) {}

  private FakeMethods() {}

  static Result answer(FakeBotApi api, String method, JsonNode p) {
    return switch (method) {
      case "getme" -> ok(api, api.json.createObjectNode().put("id", FakeBotApi.BOT_ID).put("is_bot", true)
          .put("first_name", "newsbot").put("username", FakeBotApi.BOT_USERNAME));
      case "deletewebhook", "sendchataction" -> ok(api, api.json.getNodeFactory().booleanNode(true));
      case "getupdates" -> ok(api, api.poll(p.path("offset").asInt(0), p.path("limit").asInt(100),
          p.path("timeout").asInt(0)));
      case "setmycommands" -> setMyCommands(api, p);
      case "sendmessage" -> sendMessage(api, p);
      case "editmessagetext" -> editMessageText(api, p);
      case "answercallbackquery" -> api.chats.takeCallback(p.path("callback_query_id").asText())
          ? checkedLength(api, p.path("text").asText(""), 200, "MESSAGE_TOO_LONG")
          : error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
      case "getfile" -> getFile(api, p);
      default -> error(404, "Not Found: method not found");
    };
  }

  private static Result sendMessage(FakeBotApi api, JsonNode p) {
    Result bad = checkText(p);
    if (bad != null) {
      return bad;
    }
    if (!api.chats.knowsChat(p.path("chat_id").asLong())) {
      return error(400, "Bad Request: chat not found");
    }
    return ok(api, api.chats.botSent(p.path("chat_id").asLong(), p));
  }

  private static Result editMessageText(FakeBotApi api, JsonNode p) {
    Result bad = checkText(p);
    if (bad != null) {
      return bad;
    }
    try {
      ObjectNode m = api.chats.botMessage(p.path("chat_id").asLong(), p.path("message_id").asInt());
      String text = TelegramHtml.visible(p.path("text").asText());
      if (text.equals(m.path("text").asText())) {
        return error(400, "Bad Request: message is not modified: specified new message content and reply markup "
            + "are exactly the same as a current content and reply markup of the message");
      }
      m.put("text", text);
      return ok(api, m);
    } catch (IllegalArgumentException e) {
      return error(400, "Bad Request: message to edit not found");
    }
  }

  /** Telegram's checks on a message text and its buttons. */
  private static Result checkText(JsonNode p) {
    String text = p.path("text").asText("");
    if (text.isBlank()) {
      return error(400, "Bad Request: message text is empty");
    }
    if (text.length() > MessagePages.LIMIT) {
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
        if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > 64) {
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
    byte[] bytes = api.files.byId(id);
    if (bytes == null) {
      return error(400, "Bad Request: invalid file_id");
    }
    return ok(api, api.json.createObjectNode().put("file_id", id).put("file_unique_id", id)
        .put("file_size", bytes.length).put("file_path", api.files.path(id)));
  }

  private static Result checkedLength(FakeBotApi api, String text, int max, String error) {
    return text.length() > max ? error(400, "Bad Request: " + error)
        : ok(api, api.json.getNodeFactory().booleanNode(true));
  }

  private static Result ok(FakeBotApi api, JsonNode result) {
    ObjectNode o = api.json.createObjectNode().put("ok", true);
    o.set("result", result);
    return new Result(200, o.toString());
  }

  static Result error(int code, String description) {
    return new Result(code, "{\"ok\":false,\"error_code\":" + code + ",\"description\":\""
        + description.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
  }
}
