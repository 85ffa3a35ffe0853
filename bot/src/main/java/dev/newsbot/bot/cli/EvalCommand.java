package dev.newsbot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.eval.EvalReport;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eval FILE}: passage hit rates, answer and abstention figures over a question set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure answers over a questions file (dev-set JSON lines format).")
final class EvalCommand implements Callable<Integer> {

  @ParentCommand
  NewsbotCommand parent;

  @Parameters(paramLabel = "FILE", description = "JSON lines: id, question, answer (or null), seed, kind.")
  Path file;

  @Option(names = "--mode", description = "Search mode: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "HYBRID")
  SearchMode mode;

  @Option(names = "--misses", description = "List the questions that failed a check.")
  boolean misses;

  @Override
  public Integer call() throws IOException {
    List<EvalQuestion> questions = read(file);
    try (NewsIndex index = Indexes.openReady(parent.config(), mode, System.err)) {
      EvalReport r = index.evaluate(questions);
      System.out.printf(Locale.ROOT, "%d questions (%d answerable, %d unanswerable), model %s, mode %s%n",
          questions.size(), r.answerable(), r.unanswerable(), index.embeddingModel(), mode);
      System.out.println(EvalReport.tableHeader());
      System.out.println(r.tableRow(index.embeddingModel() + " " + mode.name().toLowerCase(Locale.ROOT)));
      System.out.printf(Locale.ROOT, "replies under 400 characters: %.2f%n", r.replyUnder400());
      System.out.println("answered (abstained, for none) by kind: " + r.byKind());
      if (!r.byLanguage().isEmpty()) {
        System.out.println("by language: " + r.byLanguage());
      }
      if (r.headlines().of() > 0) {
        System.out.println("quotes holding the answer filed under the named headline: " + r.headlines());
      }
      if (misses) {
        r.misses().forEach(m -> System.out.println("  " + m));
      }
      return 0;
    }
  }

  static List<EvalQuestion> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UserError(file + " does not exist: give a questions file, e.g. ../shared/eval/dev-questions.jsonl");
    }
    List<EvalQuestion> out = new ArrayList<>();
    int lineNo = 0;
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new UserError(file + " is not UTF-8 text: save it as UTF-8, one JSON object per line");
    }
    for (String text : lines) {
      lineNo++;
      if (text.isBlank()) {
        continue;
      }
      JsonLines.Line line = JsonLines.parse(lineNo, text);
      String question = line.question();
      if (line.error() != null || question == null) {
        throw new UserError(file + " " + (line.error() != null ? line.error() : line.noQuestion()));
      }
      JsonNode n = line.object();
      List<String> seeds = new ArrayList<>();
      JsonNode seed = n.path("seed");
      if (seed.isArray()) {
        seed.forEach(s -> seeds.add(s.asText()));
      } else if (seed.isTextual()) {
        seeds.add(seed.asText());
      }
      JsonNode answer = n.path("answer");
      out.add(new EvalQuestion(n.path("id").asText("line" + lineNo), question,
          answer.isTextual() ? answer.asText() : null, seeds, n.path("kind").asText(""), n.path("lang").asText(""),
          n.path("headline").isTextual() ? n.path("headline").asText() : null));
    }
    return out;
  }
}
