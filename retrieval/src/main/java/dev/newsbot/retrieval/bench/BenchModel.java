package dev.newsbot.retrieval.bench;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.StoreChoice;
import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.embed.OnnxEmbedder;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An embedding model loaded once for the benchmarks (bot's {@code bench} command), with what they
 * do with it that no product path offers: time embedding passages, open indexes over it without
 * loading it again, and build a synthetic archive with vectors of its geometry. With
 * {@link ArchiveProbe}, the benchmarks' one door into retrieval besides {@link NewsIndex}.
 */
public final class BenchModel implements AutoCloseable {

  private final Embedder embedder;

  private BenchModel(Embedder embedder) {
    this.embedder = embedder;
  }

  /** The model as newsbot runs it: one text per run on every core. */
  public static BenchModel onnx(EmbeddingChoice choice) {
    return new BenchModel(OnnxEmbedder.load(choice));
  }

  /** langchain4j's own in-process model, one inference per text: the reference the benchmarks measure against. */
  public static BenchModel langchain4j(EmbeddingChoice choice) {
    return new BenchModel(Langchain4jEmbedder.load(choice));
  }

  /** The setting value naming the model. */
  public String key() {
    return embedder.modelKey();
  }

  /** Embeds passages as indexing does (for timing); returns the number of vectors made. */
  public int embedPassages(List<String> passages) {
    return embedder.embedPassages(passages).size();
  }

  /** Opens the index in {@code dataDir} over this model, answering with hybrid search; the model stays open. */
  public NewsIndex openIndex(Path dataDir) {
    return NewsIndex.open(dataDir, embedder, SearchMode.HYBRID);
  }

  /** Opens the index {@code where} names over this model (the data folder holds only what the store keeps there). */
  public NewsIndex openIndex(Path dataDir, StoreChoice where) {
    return NewsIndex.open(dataDir, embedder, SearchMode.HYBRID, where);
  }

  /** The length of the model's vectors. */
  int dimension() {
    return embedder.dimension();
  }

  /**
   * Writes {@code paragraphs} synthetic paragraphs ({@link SyntheticIssues}, {@code perIssue} to a
   * file) and copies of the seed issues into {@code issuesDir}, and indexes them into
   * {@code dataDir}: the seed passages with this model's vectors, the synthetic ones with vectors
   * of its geometry ({@link SyntheticVectors}).
   */
  public IndexReport buildArchive(Path seeds, Path issuesDir, Path dataDir, int paragraphs, int perIssue)
      throws IOException {
    new SyntheticIssues(seeds, 1).write(issuesDir, paragraphs, perIssue);
    try (var files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, issuesDir.resolve(f.getFileName()));
      }
    }
    try (NewsIndex index = NewsIndex.open(dataDir, new SyntheticVectors(embedder, seeds), SearchMode.HYBRID)) {
      return index.indexFolder(issuesDir, false, IndexProgress.NONE);
    }
  }

  /** A question's vector at unit length, as dense search compares it. */
  float[] unitQuery(String question) {
    return VectorIndex.unit(embedder.embedQuery(question));
  }

  @Override
  public void close() throws Exception {
    if (embedder instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }
}
