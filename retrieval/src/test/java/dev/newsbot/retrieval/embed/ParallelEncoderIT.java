package dev.newsbot.retrieval.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ParallelEncoder against langchain4j's own embedding models, on paragraphs of the seed issues and of
 * the English test paper: same vectors (cosine at least 0.999) whether a text is embedded alone
 * (the question session) or among many (the workers' session).
 */
class ParallelEncoderIT {

  static final Path SEEDS = Path.of("../seeds");
  static final Path ENGLISH =
      Path.of("src/test/resources/english/riverside-gazette_2024-05-02.txt");
  static final double SAME = 0.999;

  static ParallelEncoder bge;
  static ParallelEncoder miniLm;
  static EmbeddingModel bgeReference;
  static EmbeddingModel miniLmReference;
  static List<String> chinese;
  static List<String> english;

  @BeforeAll
  static void load() throws IOException {
    bge = ParallelEncoder.load(EmbeddingChoice.BGE_SMALL_ZH_V15);
    miniLm = ParallelEncoder.load(EmbeddingChoice.ALL_MINILM_L6_V2);
    bgeReference = new BgeSmallZhV15EmbeddingModel();
    miniLmReference = new AllMiniLmL6V2EmbeddingModel();
    chinese = new ArrayList<>();
    chinese.add("这次下雪咱们株洲市区能积多厚的雪？");
    try (var files = Files.list(SEEDS)) {
      List<Path> issues =
          files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(5).toList();
      for (Path issue : issues) {
        paragraphs(issue).stream().filter(p -> p.length() >= 40).limit(2).forEach(chinese::add);
      }
    }
    english = new ArrayList<>();
    english.add("Who cut the ribbon at the new library?");
    english.addAll(paragraphs(ENGLISH).subList(0, 4));
  }

  @AfterAll
  static void close() {
    bge.close();
    miniLm.close();
  }

  @Test
  void bgeGivesLangchain4jsVectorsForChineseAndEnglish() {
    assertThat(bge.dimension()).isEqualTo(512);
    assertThat(chinese).hasSize(11);
    assertSameAsReference(bge, bgeReference, chinese);
    assertSameAsReference(bge, bgeReference, english);
  }

  @Test
  void miniLmGivesLangchain4jsVectorsForEnglishAndChinese() {
    assertThat(miniLm.dimension()).isEqualTo(384);
    assertSameAsReference(miniLm, miniLmReference, english);
    assertSameAsReference(miniLm, miniLmReference, chinese);
  }

  /**
   * The int8 model (loaded for this test only) gives langchain4j's int8 vectors, and they stay
   * close to the float model's. Its activations are quantised with a scale taken from the whole
   * run, so this holds because every run is one text: padded batches moved a text's vector with
   * its batch-mates (lowest cosine 0.995).
   */
  @Test
  void int8BgeGivesLangchain4jsInt8VectorsCloseToTheFloatOnes() {
    try (ParallelEncoder int8 = ParallelEncoder.load(EmbeddingChoice.BGE_SMALL_ZH_V15_Q)) {
      assertThat(int8.dimension()).isEqualTo(512);
      assertSameAsReference(int8, new BgeSmallZhV15QuantizedEmbeddingModel(), chinese);
      List<float[]> quantized = int8.embedAll(chinese);
      List<float[]> full = bge.embedAll(chinese);
      for (int i = 0; i < chinese.size(); i++) {
        assertThat(cosine(quantized.get(i), full.get(i))).as(chinese.get(i)).isGreaterThan(0.97);
      }
    }
  }

  @Test
  void singleTextMatchesTheReference() {
    String question = chinese.get(0);
    assertThat(cosine(bge.embed(question), reference(bgeReference, question))).isGreaterThan(SAME);
    assertThat(norm(bge.embed(question))).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void emptyListGivesEmptyList() {
    assertThat(bge.embedAll(List.of())).isEmpty();
    assertThat(miniLm.embedAll(List.of())).isEmpty();
  }

  @Test
  void blankTextIsRejectedWithItsPosition() {
    assertThatThrownBy(() -> bge.embedAll(List.of("株洲", " \n ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("text 1 of 2 has nothing to embed");
  }

  @Test
  void textLongerThanTheModelReadsIsTruncatedAsLangchain4jDoes() {
    String longChinese = String.join("", chinese.subList(1, chinese.size()));
    assertThat(longChinese.length()).isGreaterThan(1000); // one token per Han character: > 512
    String longEnglish = String.join(" ", paragraphs(ENGLISH)).repeat(4);
    assertThat(longEnglish.split(" ").length).isGreaterThan(512); // words, so tokens: > 512

    assertSameAsReference(bge, bgeReference, List.of(longChinese));
    assertSameAsReference(miniLm, miniLmReference, List.of(longEnglish));
    // Only the first 512 (bge) or 128 (MiniLM) tokens count: a different tail changes nothing.
    assertThat(cosine(bge.embed(longChinese), bge.embed(longChinese + "另一个结尾。")))
        .isGreaterThan(0.99999);
    assertThat(cosine(miniLm.embed(longEnglish), miniLm.embed(longEnglish + " A new end.")))
        .isGreaterThan(0.99999);
  }

  @Test
  void manyTextsOfMixedLengthsGetEachTheVectorTheyGetAlone() {
    String longChinese = String.join("", chinese.subList(1, chinese.size()));
    List<String> mixed = List.of("雪", chinese.get(1), longChinese, chinese.get(0), "株洲日报",
        chinese.get(5), english.get(0), chinese.get(2) + chinese.get(3), "阳望平");
    List<float[]> together = bge.embedAll(mixed);
    assertThat(together).hasSize(mixed.size());
    for (int i = 0; i < mixed.size(); i++) {
      float[] alone = bge.embed(mixed.get(i));
      assertThat(cosine(together.get(i), alone)).as("text %d alone vs among many", i)
          .isGreaterThan(0.99999);
      assertThat(cosine(together.get(i), reference(bgeReference, mixed.get(i))))
          .as("text %d vs langchain4j", i).isGreaterThan(SAME);
    }
    assertSameAsReference(miniLm, miniLmReference, mixed);
  }

  @Test
  void concurrentCallsGiveTheSameVectorsAsOneAtATime() throws Exception {
    List<float[]> expected = bge.embedAll(chinese);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<float[]>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> bge.embedAll(chinese)));
      }
      for (Future<List<float[]>> run : runs) {
        List<float[]> got = run.get();
        for (int i = 0; i < expected.size(); i++) {
          assertThat(cosine(got.get(i), expected.get(i))).isGreaterThan(0.99999);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertSameAsReference(ParallelEncoder encoder, EmbeddingModel reference,
      List<String> texts) {
    List<float[]> got = encoder.embedAll(texts);
    assertThat(got).hasSize(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      float[] want = reference(reference, texts.get(i));
      assertThat(got.get(i)).hasSize(want.length);
      assertThat(cosine(got.get(i), want)).as("%s, text %d: %s", encoder.modelKey(), i,
          abbreviate(texts.get(i))).isGreaterThan(SAME);
    }
  }

  private static float[] reference(EmbeddingModel model, String text) {
    return model.embed(text).content().vector();
  }

  /** The non-empty, non-heading paragraphs of an issue file. */
  private static List<String> paragraphs(Path file) {
    try {
      return Arrays.stream(Files.readString(file).split("\\n\\s*\\n"))
          .map(String::strip)
          .filter(p -> !p.isEmpty() && !p.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
    }
    return dot / (norm(a) * norm(b));
  }

  private static double norm(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    return Math.sqrt(sum);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
