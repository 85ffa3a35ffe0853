package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Language;
import java.util.List;

/**
 * What newsbot says to one question: a short reply that quotes the paper, or an honest
 * abstention with the closest headlines.
 *
 * @param question         the question as asked
 * @param abstained        true when the indexed issues do not answer the question
 * @param text             the reply without the source list; quotes carry [n] markers
 * @param language         the language the reply is written in
 * @param citations        the quoted sources, numbered as in {@code text}
 * @param passages         the retrieved passages, best first (at most ten)
 * @param closestHeadlines when abstaining: headlines of the nearest articles, for the reader to try
 */
public record Answer(
    String question,
    boolean abstained,
    String text,
    Language language,
    List<Citation> citations,
    List<Passage> passages,
    List<String> closestHeadlines) {

  public Answer {
    citations = List.copyOf(citations);
    passages = List.copyOf(passages);
    closestHeadlines = List.copyOf(closestHeadlines);
  }
}
