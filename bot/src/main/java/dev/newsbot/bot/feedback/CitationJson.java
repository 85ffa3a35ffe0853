package dev.newsbot.bot.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbot.retrieval.answer.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Citations as the JSON stored with each answer and written by the export. */
final class CitationJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private CitationJson() {}

  static ArrayNode toJson(List<Citation> citations) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Citation c : citations) {
      ObjectNode o = array.addObject();
      o.put("n", c.n());
      o.put("issue", c.issue());
      o.put("paper", c.paper());
      o.put("date", c.date() == null ? null : c.date().toString());
      o.put("date_inferred", c.dateInferred());
      o.put("title", c.title());
      o.put("paragraph", c.paragraph());
      o.put("start", c.start());
      o.put("end", c.end());
      o.put("quote", c.quote());
      o.put("author", c.author());
      o.put("page", c.page());
      if (!c.section().isEmpty()) {
        o.put("section", c.section());
      }
    }
    return array;
  }

  static String write(List<Citation> citations) {
    return toJson(citations).toString();
  }

  static List<Citation> read(String json) {
    try {
      List<Citation> out = new ArrayList<>();
      for (JsonNode o : MAPPER.readTree(json)) {
        String date = o.path("date").isTextual() ? o.get("date").asText() : null;
        out.add(new Citation(o.path("n").asInt(), o.path("issue").asText(), o.path("paper").asText(),
            date == null ? null : LocalDate.parse(date), o.path("date_inferred").asBoolean(),
            o.path("title").asText(), o.path("paragraph").asInt(), o.path("start").asInt(), o.path("end").asInt(),
            o.path("quote").asText(), o.path("author").asText(""), o.path("page").asInt(0),
            null, o.path("section").asText("")));
      }
      return out;
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalStateException("stored citations are not valid JSON: " + e.getMessage(), e);
    }
  }
}
