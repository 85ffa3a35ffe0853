package dev.newsbot.retrieval.search;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Vectors for a million passages in about a quarter of their float size, searched in two steps:
 * one bit per dimension (the sign of the vector minus the corpus mean) finds candidates by
 * Hamming distance, then int8 copies of the full vectors rank them by cosine. The
 * bits of a million 512-dimension vectors are 64 MB and scanning them takes a few milliseconds;
 * the int8 copies keep the ranking within rounding of exact search.
 */
public final class QuantizedVectors implements VectorIndex {

  /**
   * Candidates the bit scan hands to the int8 ranking: 1,000, or 1 % of the passages when that is
   * more (at a million, 10,000 candidates cost about 5 ms of int8 ranking).
   */
  static final int CANDIDATES = 1000;
  static final int CANDIDATE_SHARE_DIVISOR = 100;

  private final int dim;
  private final int words;
  private final int size;
  private final float[] mean;
  private final long[] bits;
  private final byte[] codes;
  private final float[] scales;

  private QuantizedVectors(int dim, int size, float[] mean, long[] bits, byte[] codes, float[] scales) {
    this.dim = dim;
    this.words = (dim + 63) / 64;
    this.size = size;
    this.mean = mean;
    this.bits = bits;
    this.codes = codes;
    this.scales = scales;
  }

  /** Collects unit vectors one at a time, so that no float copy of them all is ever held. */
  public static final class Builder {
    private final int dim;
    private final int capacity;
    private final float[] mean;
    private final byte[] codes;
    private final float[] scales;
    private int size;

    /** @param mean the mean of the vectors (or of a sample of them), centring the sign bits */
    public Builder(int dim, int capacity, float[] mean) {
      this.dim = dim;
      this.capacity = capacity;
      this.mean = mean.clone();
      this.codes = new byte[Math.multiplyExact(capacity, dim)];
      this.scales = new float[capacity];
    }

    public void add(float[] unit) {
      if (size == capacity) {
        throw new IllegalStateException("more vectors than the " + capacity + " announced");
      }
      float max = 0;
      for (float f : unit) {
        max = Math.max(max, Math.abs(f));
      }
      float scale = max == 0 ? 1 : max / 127f;
      int o = size * dim;
      for (int k = 0; k < dim; k++) {
        codes[o + k] = (byte) Math.round(unit[k] / scale);
      }
      scales[size++] = scale;
    }

    public QuantizedVectors build() {
      int words = (dim + 63) / 64;
      long[] bits = new long[size * words];
      float[] row = new float[dim];
      for (int i = 0; i < size; i++) {
        for (int k = 0; k < dim; k++) {
          row[k] = codes[i * dim + k] * scales[i];
        }
        signBits(row, mean, bits, i * words);
      }
      return new QuantizedVectors(dim, size, mean, bits, codes, scales);
    }
  }

  private static void signBits(float[] v, float[] mean, long[] into, int offset) {
    for (int k = 0; k < v.length; k++) {
      if (v[k] > mean[k]) {
        into[offset + (k >>> 6)] |= 1L << (k & 63);
      }
    }
  }

  @Override
  public List<Scored> nearest(float[] unitQuery, int k) {
    if (size == 0 || unitQuery.length != dim) {
      return List.of();
    }
    long[] q = new long[words];
    signBits(unitQuery, mean, q, 0);
    int keep = Math.min(size, Math.max(k, Math.max(CANDIDATES, size / CANDIDATE_SHARE_DIVISOR)));
    PriorityQueue<long[]> heap = new PriorityQueue<>(keep + 1, (a, b) -> Long.compare(b[0], a[0]));
    for (int i = 0; i < size; i++) {
      int distance = 0;
      int o = i * words;
      for (int w = 0; w < words; w++) {
        distance += Long.bitCount(bits[o + w] ^ q[w]);
      }
      if (heap.size() < keep) {
        heap.add(new long[] {distance, i});
      } else if (distance < heap.peek()[0]) {
        heap.poll();
        heap.add(new long[] {distance, i});
      }
    }
    List<Scored> ranked = new ArrayList<>(heap.size());
    for (long[] e : heap) {
      int i = (int) e[1];
      ranked.add(new Scored(i, similarity(i, unitQuery)));
    }
    ranked.sort((a, b) -> Float.compare(b.similarity(), a.similarity()));
    return ranked.size() > k ? List.copyOf(ranked.subList(0, k)) : ranked;
  }

  @Override
  public float similarity(int position, float[] unitQuery) {
    if (unitQuery.length != dim) {
      return Float.NaN;
    }
    int o = position * dim;
    float sum = 0;
    for (int k = 0; k < dim; k++) {
      sum += codes[o + k] * unitQuery[k];
    }
    return sum * scales[position];
  }

  @Override
  public int size() {
    return size;
  }
}
