package dev.newsbot.retrieval.index;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import ai.onnxruntime.TensorInfo;
import dev.newsbot.retrieval.EmbeddingChoice;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds texts with the ONNX models that langchain4j ships in its jars, many texts per inference
 * run: texts are tokenized together, sorted by length, cut into batches, padded to the longest
 * text of their batch and masked. The vectors equal langchain4j's for the same text (same model
 * and tokenizer files, same pooling, unit length); only the speed differs.
 *
 * <p>A batch holds at most {@code batchSize} texts and {@link #MAX_TOKENS_PER_RUN} tokens, and a
 * text joins it only if it is at least 3/4 as long as the batch's longest: padding is computation
 * thrown away, and on a small CPU a run costs little more than its tokens (measured on 2 cores:
 * five question-sized sentences took 10% longer in one padded run than in runs of similar
 * lengths).
 *
 * <p>Thread-safe: concurrent calls share one ONNX session, whose {@code run} onnxruntime
 * guarantees safe to call concurrently, and one tokenizer, which encoding only reads.
 * {@link #close()} must not overlap a call.
 */
public final class BatchEncoder implements AutoCloseable {

  /**
   * Texts per inference run unless the caller says otherwise. On 2 cores, 4 to 8 texts of ~170
   * tokens per run were fastest; 16 was ~10% slower, 32 ~25% slower.
   */
  public static final int DEFAULT_BATCH_SIZE = 8;

  /**
   * At most this many tokens, padding included, per run, whatever the batch size: bigger runs
   * spill out of the CPU caches and get slower (measured: 64 texts of up to 300 tokens per run
   * went at half the speed of runs capped at 1,024 tokens).
   */
  static final int MAX_TOKENS_PER_RUN = 1024;

  private static final Logger LOG = LoggerFactory.getLogger(BatchEncoder.class);

  private final EncoderModel model;
  private final int batchSize;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final String outputName;
  private final boolean takesTokenTypes;
  private final int dimension;

  private BatchEncoder(EncoderModel model, int batchSize, OrtEnvironment env, OrtSession session,
      HuggingFaceTokenizer tokenizer) throws OrtException {
    this.model = model;
    this.batchSize = batchSize;
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
    Map.Entry<String, NodeInfo> output = session.getOutputInfo().entrySet().iterator().next();
    this.outputName = output.getKey();
    long[] shape = ((TensorInfo) output.getValue().getInfo()).getShape();
    if (shape.length != 3 || shape[2] <= 0) {
      throw new IllegalStateException(model.onnxFile() + ": expected an output of shape"
          + " [batch, tokens, dimension], found " + Arrays.toString(shape));
    }
    this.dimension = (int) shape[2];
  }

  /** Loads a model with {@link #DEFAULT_BATCH_SIZE}. */
  public static BatchEncoder load(EmbeddingChoice choice) {
    return load(choice, DEFAULT_BATCH_SIZE);
  }

  /**
   * Loads a model's ONNX and tokenizer files from the classpath (langchain4j's model jars).
   *
   * @param batchSize texts per inference run, at least 1
   */
  public static BatchEncoder load(EmbeddingChoice choice, int batchSize) {
    Objects.requireNonNull(choice, "choice");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    EncoderModel model = EncoderModel.of(choice);
    long started = System.nanoTime();
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    int threads = Runtime.getRuntime().availableProcessors();
    HuggingFaceTokenizer tokenizer = null;
    OrtSession session = null;
    try (SessionOptions options = new SessionOptions()) {
      // One run spreads each operator over every core; the graph is a chain of layers, so
      // running operators side by side (inter-op) has nothing to gain.
      options.setOptimizationLevel(OptLevel.ALL_OPT);
      options.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      session = env.createSession(model.onnxBytes(), options);
      tokenizer = model.openTokenizer();
      BatchEncoder encoder = new BatchEncoder(model, batchSize, env, session, tokenizer);
      LOG.info("loaded {}: dimension {}, {} pooling, batch {}, {} intra-op threads, {} ms",
          model.key(), encoder.dimension, model.pooling(), batchSize, threads,
          (System.nanoTime() - started) / 1_000_000);
      return encoder;
    } catch (OrtException | IOException | RuntimeException e) {
      closeQuietly(session);
      if (tokenizer != null) {
        tokenizer.close();
      }
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("cannot load embedding model " + model.key() + " from "
          + model.onnxFile() + ": " + e.getMessage(), e);
    }
  }

  public String modelKey() {
    return model.key();
  }

  public int dimension() {
    return dimension;
  }

  /** One text's unit-length vector. */
  public float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  /**
   * Unit-length vectors, in the order of {@code texts}; an empty list gives an empty list. Texts
   * longer than the model reads are truncated.
   *
   * @throws IllegalArgumentException if a text has nothing to embed (empty or whitespace only)
   */
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    Encoding[] encodings = tokenizer.batchEncode(texts, true, false);
    for (int i = 0; i < encodings.length; i++) {
      requireContent(encodings[i], i, texts.size());
    }
    int[] order = IntStream.range(0, encodings.length).boxed()
        .sorted(Comparator.comparingInt((Integer i) -> tokens(encodings[i])).reversed())
        .mapToInt(Integer::intValue)
        .toArray();
    float[][] vectors = new float[encodings.length][];
    for (int from = 0; from < order.length; ) {
      int width = tokens(encodings[order[from]]); // the longest of this batch
      int limit = Math.min(batchSize, Math.max(1, MAX_TOKENS_PER_RUN / width));
      int rows = 1;
      while (rows < limit && from + rows < order.length
          && tokens(encodings[order[from + rows]]) * 4 >= width * 3) {
        rows++;
      }
      runBatch(encodings, Arrays.copyOfRange(order, from, from + rows), vectors);
      from += rows;
    }
    return Collections.unmodifiableList(Arrays.asList(vectors));
  }

  private static int tokens(Encoding e) {
    return e.getIds().length;
  }

  /** Embeds the texts {@code batch} names (indexes into {@code encodings}) in one run. */
  private void runBatch(Encoding[] encodings, int[] batch, float[][] vectors) {
    int rows = batch.length;
    int width = 0;
    for (int i : batch) {
      width = Math.max(width, tokens(encodings[i]));
    }
    long[] ids = new long[rows * width];
    long[] mask = new long[rows * width];
    long[] types = new long[rows * width];
    for (int r = 0; r < rows; r++) {
      Encoding e = encodings[batch[r]];
      System.arraycopy(e.getIds(), 0, ids, r * width, e.getIds().length);
      System.arraycopy(e.getAttentionMask(), 0, mask, r * width, e.getAttentionMask().length);
      System.arraycopy(e.getTypeIds(), 0, types, r * width, e.getTypeIds().length);
    }
    long[] shape = {rows, width};
    List<OnnxTensor> inputs = new ArrayList<>(3);
    try {
      Map<String, OnnxTensor> feed = new HashMap<>();
      feed.put("input_ids",
          track(inputs, OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape)));
      feed.put("attention_mask",
          track(inputs, OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape)));
      if (takesTokenTypes) {
        feed.put("token_type_ids",
            track(inputs, OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)));
      }
      try (OrtSession.Result result = session.run(feed)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(outputName).orElseThrow()).getFloatBuffer();
        for (int r = 0; r < rows; r++) {
          vectors[batch[r]] = normalize(pool(hidden, r, width, mask));
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException(model.key() + " failed on a batch of " + rows
          + " texts of up to " + width + " tokens: " + e.getMessage(), e);
    } finally {
      inputs.forEach(OnnxTensor::close);
    }
  }

  /** Row {@code r}'s vector from hidden states laid out as [rows, width, dimension]. */
  private float[] pool(FloatBuffer hidden, int r, int width, long[] mask) {
    float[] v = new float[dimension];
    int rowStart = r * width * dimension;
    if (model.pooling() == EncoderModel.Pooling.CLS) {
      hidden.get(rowStart, v);
      return v;
    }
    int tokens = 0;
    for (int t = 0; t < width; t++) {
      if (mask[r * width + t] == 0) {
        continue;
      }
      tokens++;
      int at = rowStart + t * dimension;
      for (int d = 0; d < dimension; d++) {
        v[d] += hidden.get(at + d);
      }
    }
    for (int d = 0; d < dimension; d++) {
      v[d] /= tokens;
    }
    return v;
  }

  private static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    float norm = (float) Math.sqrt(sum);
    for (int d = 0; d < v.length; d++) {
      v[d] /= norm;
    }
    return v;
  }

  private static void requireContent(Encoding e, int index, int count) {
    for (long special : e.getSpecialTokenMask()) {
      if (special == 0) {
        return;
      }
    }
    throw new IllegalArgumentException("text " + index + " of " + count + " has nothing to embed"
        + " (empty or whitespace only): leave such texts out before embedding");
  }

  private static OnnxTensor track(List<OnnxTensor> open, OnnxTensor t) {
    open.add(t);
    return t;
  }

  private static void closeQuietly(OrtSession session) {
    if (session == null) {
      return;
    }
    try {
      session.close();
    } catch (OrtException e) {
      LOG.warn("closing the ONNX session failed: {}", e.getMessage());
    }
  }

  /** Frees the native session and tokenizer; no call may be running or follow. */
  @Override
  public void close() {
    closeQuietly(session);
    tokenizer.close();
  }
}
