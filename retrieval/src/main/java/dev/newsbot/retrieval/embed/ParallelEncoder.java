package dev.newsbot.retrieval.embed;

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
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds texts with the ONNX models that langchain4j ships in its jars. The vectors equal
 * langchain4j's for the same text (same model and tokenizer files, one text per inference run,
 * same pooling, unit length); only the speed differs.
 *
 * <p>Two sessions of the same model. A single text (a question) runs on a session that spreads
 * each operator over every core: that is the fastest way to one vector. Many texts (passages
 * being indexed) run one text per run on a single-threaded session, on one worker thread per
 * core: on 2 cores that embedded the seed passages ~1.25x faster than batches of 8 padded texts
 * on both cores (int8 model 47 vs 38 passages/s, float 32 vs 26; batches of 2, 4 or 16 were no
 * better). Small operators split over two threads wait on each other; whole runs side by side
 * do not. The passage session and its workers are made on first use (indexing, or ranking the
 * sentences of the passages found for an English question), so a process that only answers
 * Chinese questions never pays for them.
 *
 * <p>Thread-safe: onnxruntime guarantees a session's {@code run} safe to call concurrently, and
 * encoding only reads the tokenizer. {@link #close()} must not overlap a call.
 */
final class ParallelEncoder implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ParallelEncoder.class);

  private final EncoderModel model;
  private final int cores;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final String outputName;
  private final boolean takesTokenTypes;
  private final int dimension;
  private EncoderWorkers workers; // guarded by this; made on the first call with several texts

  private ParallelEncoder(EncoderModel model, int cores, OrtEnvironment env,
      OrtSession session, HuggingFaceTokenizer tokenizer) throws OrtException {
    this.model = model;
    this.cores = cores;
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

  /** Loads a model's ONNX and tokenizer files from the classpath (langchain4j's model jars). */
  public static ParallelEncoder load(EmbeddingChoice choice) {
    Objects.requireNonNull(choice, "choice");
    EncoderModel model = EncoderModel.of(choice);
    long started = System.nanoTime();
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    int cores = Runtime.getRuntime().availableProcessors();
    HuggingFaceTokenizer tokenizer = null;
    OrtSession session = null;
    try {
      session = createSession(env, model.onnxBytes(), cores);
      tokenizer = model.openTokenizer();
      ParallelEncoder encoder = new ParallelEncoder(model, cores, env, session, tokenizer);
      LOG.info("loaded {}: dimension {}, {} pooling, {} cores, {} ms", model.key(),
          encoder.dimension, model.pooling(), cores, (System.nanoTime() - started) / 1_000_000);
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

  /** A session whose every run spreads each operator over {@code threads} threads. */
  private static OrtSession createSession(OrtEnvironment env, byte[] onnx, int threads)
      throws OrtException {
    try (SessionOptions options = new SessionOptions()) {
      // The graph is a chain of layers: running operators side by side (inter-op) gains nothing.
      options.setOptimizationLevel(OptLevel.ALL_OPT);
      options.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      return env.createSession(onnx, options);
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
    float[][] vectors = new float[encodings.length][];
    if (encodings.length == 1 || cores == 1) {
      for (int i = 0; i < encodings.length; i++) {
        vectors[i] = run(session, encodings[i]);
      }
    } else {
      workers().embed(encodings, vectors);
    }
    return Collections.unmodifiableList(Arrays.asList(vectors));
  }

  private synchronized EncoderWorkers workers() {
    if (workers == null) {
      try {
        workers = new EncoderWorkers(createSession(env, model.onnxBytes(), 1), cores, "embed-" + model.key(),
            this::run);
      } catch (OrtException | IOException e) {
        throw new IllegalStateException("cannot open a second session of " + model.key()
            + " for embedding many texts: " + e.getMessage(), e);
      }
    }
    return workers;
  }

  static int tokens(Encoding e) {
    return e.getIds().length;
  }

  /** One text's vector from one run of {@code on}. */
  private float[] run(OrtSession on, Encoding e) {
    long[] shape = {1, tokens(e)};
    List<OnnxTensor> inputs = new ArrayList<>(3);
    try {
      Map<String, OnnxTensor> feed = new HashMap<>();
      feed.put("input_ids", track(inputs, tensor(e.getIds(), shape)));
      feed.put("attention_mask", track(inputs, tensor(e.getAttentionMask(), shape)));
      if (takesTokenTypes) {
        feed.put("token_type_ids", track(inputs, tensor(e.getTypeIds(), shape)));
      }
      try (OrtSession.Result result = on.run(feed)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(outputName).orElseThrow()).getFloatBuffer();
        return normalize(pool(hidden, shape[1]));
      }
    } catch (OrtException x) {
      throw new IllegalStateException(model.key() + " failed on a text of " + shape[1]
          + " tokens: " + x.getMessage(), x);
    } finally {
      inputs.forEach(OnnxTensor::close);
    }
  }

  private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
    return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
  }

  /** The text's vector from its hidden states, laid out as [1, tokens, dimension]. */
  private float[] pool(FloatBuffer hidden, long tokens) {
    float[] v = new float[dimension];
    if (model.pooling() == EncoderModel.Pooling.CLS) {
      hidden.get(0, v);
      return v;
    }
    for (int t = 0; t < tokens; t++) {
      for (int d = 0; d < dimension; d++) {
        v[d] += hidden.get(t * dimension + d);
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

  static void closeQuietly(OrtSession session) {
    if (session == null) {
      return;
    }
    try {
      session.close();
    } catch (OrtException e) {
      LOG.warn("closing the ONNX session failed: {}", e.getMessage());
    }
  }

  /** Frees the native sessions, the workers and the tokenizer; no call may be running or follow. */
  @Override
  public synchronized void close() {
    if (workers != null) {
      workers.close();
    }
    closeQuietly(session);
    tokenizer.close();
  }
}
