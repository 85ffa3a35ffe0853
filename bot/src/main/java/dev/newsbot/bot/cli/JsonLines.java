package dev.newsbot.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Reads one line of a JSON-lines input ({@code ask --json}, {@code eval FILE}): the object it
 * holds, or why it holds none, in words a person can act on, with the line's number and none of
 * the JSON library's internals.
 */
final class JsonLines {

  static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String EXAMPLE = "{\"id\": \"q1\", \"question\": \"…\"}";

  /** One line: {@code object} when it is a JSON object, else {@code error} says why not. */
  record Line(int number, ObjectNode object, String error) {

    /** The "question" text, or null when there is none. */
    String question() {
      JsonNode q = object == null ? null : object.get("question");
      return q != null && q.isTextual() ? q.asText() : null;
    }

    /** The "id" as given (any JSON value), or JSON null. */
    JsonNode id() {
      return object != null && object.has("id") ? object.get("id") : JSON.nullNode();
    }

    String noQuestion() {
      return "line " + number + " has no \"question\" text: write one object per line, e.g. " + EXAMPLE;
    }
  }

  private JsonLines() {}

  /** Jackson's message without where it looked ("(start marker at [Source: REDACTED …; line: 1, column: 1])"). */
  private static String withoutSource(String message) {
    return message.replaceAll("\\s+", " ").replaceAll(" ?\\((?:start marker )?at \\[Source:.*$", "")
        .replaceAll(" ?at \\[Source:.*$", "").strip();
  }

  static Line parse(int number, String text) {
    if (text.isBlank()) {
      return new Line(number, null, "line " + number + " is blank: write one JSON object per line, e.g. " + EXAMPLE);
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      return new Line(number, null, "line " + number + " is not JSON" + where + " ("
          + withoutSource(e.getOriginalMessage()) + ")");
    }
    if (!(node instanceof ObjectNode object)) {
      String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
      return new Line(number, null, "line " + number + " is a JSON " + kind + ", not an object: write one object"
          + " per line, e.g. " + EXAMPLE);
    }
    return new Line(number, object, null);
  }
}
