package dev.newsbot.retrieval.embed;

import java.util.List;

/**
 * The embedding models langchain4j ships (bge-small-zh-v1.5, all-MiniLM-L6-v2), run by
 * {@link ParallelEncoder}: the same model and tokenizer files and the same vectors as langchain4j's
 * classes, with the passages of an issue embedded on every core.
 */
public final class OnnxEmbedder implements Embedder, AutoCloseable {

  private final ParallelEncoder encoder;

  private OnnxEmbedder(ParallelEncoder encoder) {
    this.encoder = encoder;
  }

  public static OnnxEmbedder load(EmbeddingChoice choice) {
    return new OnnxEmbedder(ParallelEncoder.load(choice));
  }

  @Override
  public String modelKey() {
    return encoder.modelKey();
  }

  @Override
  public int dimension() {
    return encoder.dimension();
  }

  @Override
  public float[] embedQuery(String question) {
    return encoder.embed(question);
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    return passages.isEmpty() ? List.of() : encoder.embedAll(passages);
  }

  @Override
  public void close() {
    encoder.close();
  }
}
