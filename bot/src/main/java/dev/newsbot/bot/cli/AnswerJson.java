package dev.newsbot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbot.bot.conversation.AnswerText;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.answer.Passage;

/** The JSON form of an answer that {@code ask --json} writes. */
final class AnswerJson {

  private AnswerJson() {}

  static ObjectNode of(ObjectMapper mapper, JsonNode id, Answer a) {
    ObjectNode o = mapper.createObjectNode();
    o.set("id", id);
    o.put("question", a.question());
    o.put("abstained", a.abstained());
    o.put("answer", AnswerText.of(a));
    ArrayNode citations = o.putArray("citations");
    for (Citation c : a.citations()) {
      ObjectNode n = citations.addObject();
      n.put("n", c.n());
      n.put("issue", c.issue());
      n.put("title", c.title());
      if (c.date() == null) {
        n.putNull("date");
      } else {
        n.put("date", c.date().toString());
      }
      n.put("paragraph", c.paragraph());
      n.put("start", c.start());
      n.put("end", c.end());
      n.put("quote", c.quote());
      n.put("author", c.author());
      n.put("section", c.section());
      if (c.page() > 0) {
        n.put("page", c.page());
      } else {
        n.putNull("page");
      }
    }
    ArrayNode passages = o.putArray("passages");
    for (Passage p : a.passages()) {
      ObjectNode n = passages.addObject();
      n.put("rank", p.rank());
      n.put("issue", p.issue());
      n.put("title", p.title());
      n.put("start", p.start());
      n.put("end", p.end());
      n.put("text", p.text());
      n.put("score", p.score());
    }
    ArrayNode closest = o.putArray("closest_headlines");
    a.closestHeadlines().forEach(closest::add);
    return o;
  }

  static ObjectNode error(ObjectMapper mapper, JsonNode id, String message) {
    ObjectNode o = mapper.createObjectNode();
    o.set("id", id);
    o.put("error", message);
    return o;
  }
}
