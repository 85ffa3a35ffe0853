package dev.newsbot.bot.reliability;

import dev.newsbot.bot.conversation.AnswerText;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.TelegramHtml;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Answer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the index answers to each question, asked once: a reply shows the answer to a question
 * when it holds the answer's text (and, for a "not found", the question it echoes), whitespace
 * aside.
 */
final class ExpectedAnswers {

  private final NewsIndex index;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  ExpectedAnswers(NewsIndex index) {
    this.index = index;
  }

  boolean shows(Call reply, String question) {
    Answer a = answers.computeIfAbsent(question, index::ask);
    String shown = squeeze(TelegramHtml.visible(reply.text()));
    return reply.answerId() > 0 && shown.contains(squeeze(AnswerText.of(a)))
        && (!a.abstained() || shown.contains(squeeze(a.question())));
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
