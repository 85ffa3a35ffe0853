package dev.newsbot.retrieval.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import java.util.ArrayList;
import java.util.List;

/**
 * langchain4j's own in-process embedding models, one inference per text: the reference the
 * benchmarks measure {@link OnnxEmbedder} against. newsbot answers and indexes with {@link OnnxEmbedder}.
 */
final class Langchain4jEmbedder implements Embedder {

  private final EmbeddingChoice choice;
  private final EmbeddingModel model;

  private Langchain4jEmbedder(EmbeddingChoice choice, EmbeddingModel model) {
    this.choice = choice;
    this.model = model;
  }

  static Langchain4jEmbedder load(EmbeddingChoice choice) {
    EmbeddingModel model = switch (choice) {
      case BGE_SMALL_ZH_V15 -> new BgeSmallZhV15EmbeddingModel();
      case BGE_SMALL_ZH_V15_Q -> new BgeSmallZhV15QuantizedEmbeddingModel();
      case ALL_MINILM_L6_V2 -> new AllMiniLmL6V2EmbeddingModel();
    };
    return new Langchain4jEmbedder(choice, model);
  }

  @Override
  public String modelKey() {
    return choice.key();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public float[] embedQuery(String question) {
    return model.embed(question).content().vector();
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    if (passages.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = passages.stream().map(TextSegment::from).toList();
    List<Embedding> embeddings = model.embedAll(segments).content();
    List<float[]> out = new ArrayList<>(embeddings.size());
    for (Embedding e : embeddings) {
      out.add(e.vector());
    }
    return out;
  }
}
