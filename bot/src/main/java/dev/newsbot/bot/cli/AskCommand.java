package dev.newsbot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * JSON lines {"id", "question"} in on standard input, one JSON line out per input, in order.
 */
@Command(name = "ask", description = "Answer a question (or, with --json, JSON lines from standard input).")
final class AskCommand implements Callable<Integer> {

  @ParentCommand
  NewsbotCommand parent;

  @Option(names = "--json", description = "Read {\"id\",\"question\"} lines from stdin, write one JSON answer per line.")
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
        System.out.println(AnswerPrinter.format(index.ask(String.join(" ", words))));
        return 0;
      }
      ObjectMapper mapper = new ObjectMapper();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = mapper.readTree(line);
        } catch (IOException e) {
          System.out.println(mapper.writeValueAsString(AnswerJson.error(mapper, null, "line " + lineNo
              + " is not JSON: " + e.getMessage())));
          continue;
        }
        JsonNode id = node.get("id");
        String question = node.path("question").asText("");
        Answer a = index.ask(question);
        System.out.println(mapper.writeValueAsString(AnswerJson.of(mapper, id, a)));
      }
      return 0;
    }
  }
}
