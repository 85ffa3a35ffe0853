package dev.newsbot.retrieval.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deterministic embedder without a model: each character bigram of the text adds to a few
 * hashed dimensions. Texts that share words get similar vectors, which is enough for tests of
 * indexing, storage and crash safety, and for archives larger than a model run could fill in a
 * test (LargeArchiveIT). It counts the texts it embedded. Bot's tests get it from the test-jar.
 */
public final class HashingEmbedder implements Embedder {

  private final int dimension;
  private final AtomicLong embedded = new AtomicLong();

  public HashingEmbedder(int dimension) {
    this.dimension = dimension;
  }

  @Override
  public String modelKey() {
    return "hashing-" + dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[] embedQuery(String question) {
    return vector(question);
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    List<float[]> out = new ArrayList<>(passages.size());
    for (String p : passages) {
      out.add(vector(p));
    }
    embedded.addAndGet(passages.size());
    return out;
  }

  /** Passages embedded so far. */
  public long embedded() {
    return embedded.get();
  }

  private float[] vector(String text) {
    float[] v = new float[dimension];
    for (int i = 0; i + 1 < text.length(); i++) {
      int h = (text.charAt(i) * 31 + text.charAt(i + 1)) * 0x9E3779B1;
      v[Math.floorMod(h, dimension)] += 1;
      v[Math.floorMod(h >>> 7, dimension)] += 0.5f;
    }
    double norm = 0;
    for (float f : v) {
      norm += f * f;
    }
    if (norm > 0) {
      float n = (float) Math.sqrt(norm);
      for (int k = 0; k < dimension; k++) {
        v[k] /= n;
      }
    }
    return v;
  }
}
