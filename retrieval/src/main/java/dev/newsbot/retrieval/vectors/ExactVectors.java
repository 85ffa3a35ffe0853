package dev.newsbot.retrieval.vectors;

import java.util.ArrayList;
import java.util.List;

/** Every unit vector in one flat array, compared with the query one by one. */
public final class ExactVectors implements VectorIndex {

  private final float[] flat;
  private final int dim;
  private final int size;

  /** @param vectors unit-length vectors of equal dimension */
  public ExactVectors(List<float[]> vectors) {
    this.size = vectors.size();
    this.dim = vectors.isEmpty() ? 0 : vectors.get(0).length;
    this.flat = new float[size * dim];
    for (int i = 0; i < size; i++) {
      System.arraycopy(vectors.get(i), 0, flat, i * dim, dim);
    }
  }

  @Override
  public List<Scored> nearest(float[] unitQuery, int k) {
    if (size == 0 || unitQuery.length != dim) {
      return List.of();
    }
    float[] scores = Dot.scoreRows(flat, size, dim, unitQuery);
    List<Scored> out = new ArrayList<>(k);
    for (int i : Dot.top(scores, k)) {
      out.add(new Scored(i, scores[i]));
    }
    return out;
  }

  @Override
  public float similarity(int position, float[] unitQuery) {
    return unitQuery.length != dim ? Float.NaN : Dot.dot(flat, position * dim, unitQuery, dim);
  }

  @Override
  public int size() {
    return size;
  }
}
