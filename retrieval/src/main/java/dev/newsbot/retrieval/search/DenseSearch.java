package dev.newsbot.retrieval.search;

import dev.newsbot.retrieval.index.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** Exact cosine similarity against every stored vector (all are unit length). */
final class DenseSearch {

  private DenseSearch() {}

  static float[] similarities(Corpus corpus, float[] query) {
    float[][] vectors = corpus.vectors();
    float[] q = unit(query);
    float[] sims = new float[vectors.length];
    for (int i = 0; i < vectors.length; i++) {
      float[] v = vectors[i];
      float dot = 0;
      for (int k = 0; k < v.length && k < q.length; k++) {
        dot += v[k] * q[k];
      }
      sims[i] = dot;
    }
    return sims;
  }

  /** Indexes of the {@code k} highest similarities, best first. */
  static List<Integer> top(float[] sims, int k) {
    PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1, (a, b) -> Float.compare(sims[a], sims[b]));
    for (int i = 0; i < sims.length; i++) {
      heap.add(i);
      if (heap.size() > k) {
        heap.poll();
      }
    }
    List<Integer> out = new ArrayList<>(heap);
    out.sort((a, b) -> Float.compare(sims[b], sims[a]));
    return out;
  }

  private static float[] unit(float[] v) {
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
