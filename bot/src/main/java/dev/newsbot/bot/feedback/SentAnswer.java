package dev.newsbot.bot.feedback;

import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.text.Language;
import java.time.Instant;
import java.util.List;

/**
 * An answer the bot sent, kept so that its buttons can show sources and take votes later.
 *
 * @param id        the answer's number, as buttons carry it
 * @param chatId    the chat it was sent to
 * @param messageId the message that carries its buttons, or null until it was sent
 * @param userHash  salted hash of the asker's user id
 * @param question  the question as asked
 * @param text      the reply without the source list
 * @param language  the reply's language
 * @param abstained true when the paper did not answer the question
 * @param citations the quoted sources, numbered as in {@code text}
 * @param time      when it was answered
 */
public record SentAnswer(
    long id,
    long chatId,
    Integer messageId,
    String userHash,
    String question,
    String text,
    Language language,
    boolean abstained,
    List<Citation> citations,
    Instant time) {

  public SentAnswer {
    citations = List.copyOf(citations);
  }

  /** The citation with marker {@code n}, if there is one. */
  public java.util.Optional<Citation> citation(int n) {
    return citations.stream().filter(c -> c.n() == n).findFirst();
  }
}
