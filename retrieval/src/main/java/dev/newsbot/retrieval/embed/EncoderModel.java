package dev.newsbot.retrieval.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The files and reading rules of one of langchain4j's in-process embedding models, as its
 * {@code *EmbeddingModel} class applies them (read from the 1.20.0-beta30 jars).
 *
 * @param maxTokens tokens the model reads, [CLS] and [SEP] included; the rest is cut off
 */
record EncoderModel(String key, String onnxFile, String tokenizerFile, Pooling pooling,
    int maxTokens) {

  /** How a model turns its per-token outputs into one vector. */
  enum Pooling {
    /** The output at [CLS], the first token. */
    CLS,
    /** The mean of the outputs at all real (unpadded) tokens, [CLS] and [SEP] included. */
    MEAN
  }

  /**
   * bge-small-zh-v1.5 reads 512 tokens. The all-MiniLM tokenizer.json in langchain4j's jar
   * truncates at 128, so langchain4j never gives that model more, and neither do we. (langchain4j
   * would average the vectors of 510-token windows of a longer text, but the DJL tokenizer it
   * opens has already truncated the text to 512 tokens, or 128, so there is only ever one.)
   */
  static EncoderModel of(EmbeddingChoice choice) {
    return switch (choice) {
      case BGE_SMALL_ZH_V15 -> new EncoderModel(choice.key(), "bge-small-zh-v1.5.onnx",
          "bge-small-zh-v1.5-tokenizer.json", Pooling.CLS, 512);
      case BGE_SMALL_ZH_V15_Q -> new EncoderModel(choice.key(), "bge-small-zh-v1.5-q.onnx",
          "bge-small-zh-v1.5-q-tokenizer.json", Pooling.CLS, 512);
      case ALL_MINILM_L6_V2 -> new EncoderModel(choice.key(), "all-minilm-l6-v2.onnx",
          "all-minilm-l6-v2-tokenizer.json", Pooling.MEAN, 128);
    };
  }

  byte[] onnxBytes() throws IOException {
    try (InputStream in = open(onnxFile)) {
      return in.readAllBytes();
    }
  }

  /**
   * The model's tokenizer, adding [CLS] and [SEP], truncating at {@link #maxTokens}, not padding
   * (batches are padded to their own longest text). Truncation is set explicitly so that DJL's
   * defaults, which have changed between versions, cannot change it. Safe for concurrent use:
   * encoding only reads the native tokenizer.
   */
  HuggingFaceTokenizer openTokenizer() throws IOException {
    Map<String, String> options = Map.of("addSpecialTokens", "true", "padding", "false",
        "truncation", "true", "maxLength", Integer.toString(maxTokens));
    try (InputStream in = open(tokenizerFile)) {
      return HuggingFaceTokenizer.newInstance(in, options);
    }
  }

  private static InputStream open(String name) {
    InputStream in = EncoderModel.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the classpath: it comes with langchain4j's"
          + " embedding model jars (dev.langchain4j:langchain4j-embeddings-*); add the one for"
          + " this model to the module's dependencies");
    }
    return in;
  }
}
