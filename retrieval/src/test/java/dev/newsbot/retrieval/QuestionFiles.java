package dev.newsbot.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.retrieval.eval.EvalQuestion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads question sets in the dev-set format from test resources. */
public final class QuestionFiles {

  private QuestionFiles() {}

  public static List<EvalQuestion> read(String resource) throws IOException {
    try (InputStream in = QuestionFiles.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** A questions file on disk. */
  public static List<EvalQuestion> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static List<EvalQuestion> parse(String lines) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<EvalQuestion> out = new ArrayList<>();
    {
      for (String line : lines.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        List<String> seeds = new ArrayList<>();
        if (n.path("seed").isArray()) {
          n.path("seed").forEach(s -> seeds.add(s.asText()));
        } else if (n.path("seed").isTextual()) {
          seeds.add(n.path("seed").asText());
        }
        out.add(new EvalQuestion(n.path("id").asText(), n.path("question").asText(),
            n.path("answer").isTextual() ? n.path("answer").asText() : null, seeds, n.path("kind").asText(),
            n.path("lang").asText(""), n.path("headline").isTextual() ? n.path("headline").asText() : null));
      }
    }
    return out;
  }
}
