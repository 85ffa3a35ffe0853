package dev.newsbot.bot.follow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.retrieval.answer.Citation;
import java.time.LocalDate;

/**
 * What a follower is told of a new article about their topic: its headline, date and page, the
 * best matching sentence quoted, and the span its citation button shows. Kept in the journal as
 * JSON until sent.
 */
public record Alert(String topic, String issue, String paper, LocalDate date, String title, int page, String quote,
    int start, int end) {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  static Alert of(String topic, Citation c) {
    return new Alert(topic, c.issue(), c.paper(), c.date(), c.title(), c.page(), c.quote(), c.start(), c.end());
  }

  /** The key two alerts of one article share: its issue's date and its headline. */
  String articleKey() {
    return date + "|" + Topics.key(title);
  }

  /** The key two alerts quoting one sentence share (a story printed twice). */
  String quoteKey() {
    return Topics.key(quote);
  }

  String json() {
    try {
      return JSON.writeValueAsString(new Json(topic, issue, paper, date == null ? null : date.toString(), title, page,
          quote, start, end));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an alert did not become JSON", e);
    }
  }

  static Alert fromJson(String json) {
    try {
      Json j = JSON.readValue(json, Json.class);
      return new Alert(j.topic(), j.issue(), j.paper(), j.date() == null ? null : LocalDate.parse(j.date()), j.title(),
          j.page(), j.quote(), j.start(), j.end());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an alert in the journal is no JSON: " + e.getOriginalMessage(), e);
    }
  }

  private record Json(String topic, String issue, String paper, String date, String title, int page, String quote,
      int start, int end) {}
}
