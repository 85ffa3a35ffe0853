package dev.newsbot.retrieval.vectors;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/** Dot products over many vectors, on all cores, and the top of the results. */
final class Dot {

  /** Below this many vectors one thread is faster than splitting the work. */
  private static final int SPLIT = 20_000;

  private Dot() {}

  /** a · b over {@code length} floats of {@code a} from {@code offset}; eight sums keep the CPU's pipelines full. */
  static float dot(float[] a, int offset, float[] b, int length) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    float s4 = 0;
    float s5 = 0;
    float s6 = 0;
    float s7 = 0;
    int k = 0;
    for (; k + 8 <= length; k += 8) {
      int o = offset + k;
      s0 += a[o] * b[k];
      s1 += a[o + 1] * b[k + 1];
      s2 += a[o + 2] * b[k + 2];
      s3 += a[o + 3] * b[k + 3];
      s4 += a[o + 4] * b[k + 4];
      s5 += a[o + 5] * b[k + 5];
      s6 += a[o + 6] * b[k + 6];
      s7 += a[o + 7] * b[k + 7];
    }
    float sum = s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
    for (; k < length; k++) {
      sum += a[offset + k] * b[k];
    }
    return sum;
  }

  /**
   * a · b over {@code length} int8 codes of {@code a} from {@code offset} and floats of {@code b};
   * four sums keep the pipelines full.
   */
  static float dot(byte[] a, int offset, float[] b, int length) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int k = 0;
    for (; k + 4 <= length; k += 4) {
      int o = offset + k;
      s0 += a[o] * b[k];
      s1 += a[o + 1] * b[k + 1];
      s2 += a[o + 2] * b[k + 2];
      s3 += a[o + 3] * b[k + 3];
    }
    for (; k < length; k++) {
      s0 += a[offset + k] * b[k];
    }
    return s0 + s1 + s2 + s3;
  }

  /** Scores {@code count} rows of a flat row-major matrix against {@code query}, in parallel when large. */
  static float[] scoreRows(float[] flat, int count, int dim, float[] query) {
    float[] out = new float[count];
    new Rows(flat, dim, query, out, 0, count).invokeOn();
    return out;
  }

  /** Positions of the {@code k} highest scores, best first. */
  static List<Integer> top(float[] scores, int k) {
    PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1, (a, b) -> Float.compare(scores[a], scores[b]));
    for (int i = 0; i < scores.length; i++) {
      if (heap.size() < k) {
        heap.add(i);
      } else if (scores[i] > scores[heap.peek()]) {
        heap.poll();
        heap.add(i);
      }
    }
    List<Integer> out = new ArrayList<>(heap);
    out.sort((a, b) -> Float.compare(scores[b], scores[a]));
    return out;
  }

  /** Splits the rows in halves until small enough, on the common fork-join pool. */
  private static final class Rows extends RecursiveAction {
    private final float[] flat;
    private final int dim;
    private final float[] query;
    private final float[] out;
    private final int from;
    private final int to;

    Rows(float[] flat, int dim, float[] query, float[] out, int from, int to) {
      this.flat = flat;
      this.dim = dim;
      this.query = query;
      this.out = out;
      this.from = from;
      this.to = to;
    }

    void invokeOn() {
      if (to - from <= SPLIT) {
        compute();
      } else {
        ForkJoinPool.commonPool().invoke(this);
      }
    }

    @Override
    protected void compute() {
      if (to - from > SPLIT) {
        int mid = (from + to) >>> 1;
        invokeAll(new Rows(flat, dim, query, out, from, mid), new Rows(flat, dim, query, out, mid, to));
        return;
      }
      for (int i = from; i < to; i++) {
        out[i] = dot(flat, i * dim, query, dim);
      }
    }
  }
}
