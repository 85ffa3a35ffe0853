package dev.newsbot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbot.bot.conversation.AnswerView;
import dev.newsbot.bot.conversation.Block;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ask "问题"}: one answer as a person reads it. {@code ask --json}: the machine contract,
 * JSON lines {"id", "question"} in on standard input, exactly one JSON line out per input line
 * (blank ones included), in order. Stops when standard output is closed.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = "Answer a question (or, with --json, JSON lines from standard input).")
final class AskCommand implements Callable<Integer> {

  @ParentCommand
  NewsbotCommand parent;

  @Option(names = "--json",
      description = "Read {\"id\",\"question\"} lines from stdin, write one JSON line per input line.")
  boolean json;

  @Option(names = "--mode", description = "Search mode: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "HYBRID")
  SearchMode mode;

  @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question.")
  List<String> words;

  @Override
  public Integer call() throws IOException {
    if (!json && (words == null || words.isEmpty())) {
      throw new UserError("ask needs a question, e.g. newsbot ask \"株洲下雪积雪有多厚？\", or --json with questions on stdin");
    }
    try (NewsIndex index = Indexes.openReady(parent.config(), mode, System.err)) {
      if (!json) {
        System.out.println(Block.text(AnswerView.answer(index.ask(String.join(" ", words)))));
        return 0;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String text; (text = in.readLine()) != null; ) {
        JsonLines.Line line = JsonLines.parse(++lineNo, text);
        System.out.println(JsonLines.JSON.writeValueAsString(answer(index, line)));
        if (System.out.checkError()) {
          return NewsbotCommand.OUTPUT_CLOSED;
        }
      }
      return 0;
    }
  }

  private static JsonNode answer(NewsIndex index, JsonLines.Line line) {
    if (line.error() != null) {
      return AnswerJson.error(JsonLines.JSON, line.id(), line.error());
    }
    String question = line.question();
    if (question == null) {
      return AnswerJson.error(JsonLines.JSON, line.id(), line.noQuestion());
    }
    return AnswerJson.of(JsonLines.JSON, line.id(), index.ask(question));
  }
}
