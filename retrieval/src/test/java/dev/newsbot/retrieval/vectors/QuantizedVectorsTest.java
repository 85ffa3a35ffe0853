package dev.newsbot.retrieval.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The quantised search finds what the exact one finds, on clustered vectors like real embeddings. */
class QuantizedVectorsTest {

  static final int DIM = 128;

  @Test
  void recallAtTenAgainstExactSearchIsAtLeastNinetyFivePercent() {
    Random random = new Random(42);
    List<float[]> centres = new ArrayList<>();
    for (int c = 0; c < 100; c++) {
      centres.add(gaussian(random, 1.0f, null));
    }
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) { // above SPLIT: the scan runs in parts
      vectors.add(VectorIndex.unit(gaussian(random, 0.6f, centres.get(random.nextInt(centres.size())))));
    }
    ExactVectors exact = new ExactVectors(vectors);
    float[] mean = new float[DIM];
    for (float[] v : vectors) {
      for (int k = 0; k < DIM; k++) {
        mean[k] += v[k] / vectors.size();
      }
    }
    QuantizedVectors.Builder builder = new QuantizedVectors.Builder(DIM, vectors.size(), mean);
    vectors.forEach(builder::add);
    QuantizedVectors quantized = builder.build();
    assertThat(quantized.size()).isEqualTo(vectors.size());

    int found = 0;
    int queries = 50;
    for (int q = 0; q < queries; q++) {
      float[] query = VectorIndex.unit(gaussian(random, 0.6f, centres.get(random.nextInt(centres.size()))));
      Set<Integer> truth = new HashSet<>();
      exact.nearest(query, 10).forEach(s -> truth.add(s.position()));
      for (VectorIndex.Scored s : quantized.nearest(query, 10)) {
        found += truth.contains(s.position()) ? 1 : 0;
        assertThat(s.similarity()).isCloseTo(exact.similarity(s.position(), query), org.assertj.core.data.Offset.offset(0.02f));
      }
    }
    assertThat(found / (10.0 * queries)).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void candidatesTiedAtTheBitDistanceCutAreTakenUpToTheLimitAndRankedByCosine() {
    Random random = new Random(7);
    float[] common = VectorIndex.unit(gaussian(random, 1.0f, null));
    float[] target = VectorIndex.unit(gaussian(random, 0.05f, common));
    int size = 3000;
    QuantizedVectors.Builder builder = new QuantizedVectors.Builder(DIM, size, new float[DIM]);
    for (int i = 0; i < size - 1; i++) {
      builder.add(common);
    }
    builder.add(target);
    QuantizedVectors quantized = builder.build();
    List<VectorIndex.Scored> top = quantized.nearest(target, 5);
    assertThat(top).hasSize(5);
    assertThat(top.get(0).position()).isEqualTo(size - 1);
    assertThat(top.get(0).similarity()).isCloseTo(1f, org.assertj.core.data.Offset.offset(0.01f));
  }

  @Test
  void exactSearchRanksByCosine() {
    ExactVectors exact = new ExactVectors(List.of(new float[] {1, 0}, new float[] {0, 1},
        VectorIndex.unit(new float[] {1, 1})));
    List<VectorIndex.Scored> top = exact.nearest(new float[] {1, 0}, 2);
    assertThat(top).extracting(VectorIndex.Scored::position).containsExactly(0, 2);
    assertThat(top.get(1).similarity()).isCloseTo(0.7071f, org.assertj.core.data.Offset.offset(1e-4f));
    assertThat(exact.nearest(new float[] {1, 0, 0}, 2)).isEmpty();
  }

  private static float[] gaussian(Random random, float sigma, float[] around) {
    float[] v = new float[DIM];
    for (int k = 0; k < DIM; k++) {
      v[k] = (around == null ? 0 : around[k]) + sigma * (float) random.nextGaussian();
    }
    return v;
  }
}
