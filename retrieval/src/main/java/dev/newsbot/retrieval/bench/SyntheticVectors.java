package dev.newsbot.retrieval.bench;

import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.ingest.Article;
import dev.newsbot.retrieval.ingest.Chunk;
import dev.newsbot.retrieval.ingest.Chunker;
import dev.newsbot.retrieval.ingest.IssueMeta;
import dev.newsbot.retrieval.ingest.IssueParser;
import dev.newsbot.retrieval.ingest.ParsedIssue;
import dev.newsbot.retrieval.ingest.PassageText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Vectors for a synthetic archive with the geometry of real embeddings: the seed passages get
 * their real vectors from the model; every synthetic passage gets a point near one real seed
 * vector, pulled a little towards a second one, with Gaussian noise — topical clusters, as news
 * embeddings form. Questions are embedded by the real model, so dense search, recall and the dev
 * questions' answers at scale are measured in the model's own space, without running the model a
 * million times.
 */
final class SyntheticVectors implements Embedder {

  /** Noise per dimension; with 512 dimensions a synthetic vector keeps a cosine of ~0.75 to its centre. */
  private static final double NOISE = 0.035;

  private final Embedder model;
  private final Map<String, float[]> real = new HashMap<>();
  private final List<float[]> centres = new ArrayList<>();

  SyntheticVectors(Embedder model, Path seeds) throws IOException {
    this.model = model;
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        ParsedIssue issue = IssueParser.parse(f.getFileName().toString(), text, new IssueMeta("", null, true));
        for (Article a : issue.articles()) {
          for (Chunk c : Chunker.chunk(text, a)) {
            texts.add(PassageText.forEmbedding(a.title(), c.text()));
          }
        }
      }
    }
    List<float[]> vectors = model.embedPassages(texts);
    for (int i = 0; i < texts.size(); i++) {
      real.put(texts.get(i), vectors.get(i));
      centres.add(vectors.get(i));
    }
  }

  @Override
  public String modelKey() {
    return model.modelKey();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public float[] embedQuery(String question) {
    return model.embedQuery(question);
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    List<float[]> out = new ArrayList<>(passages.size());
    for (String p : passages) {
      float[] known = real.get(p);
      out.add(known != null ? known : synthetic(p));
    }
    return out;
  }

  private float[] synthetic(String text) {
    Random random = new Random(text.hashCode());
    float[] a = centres.get(random.nextInt(centres.size()));
    float[] b = centres.get(random.nextInt(centres.size()));
    float[] v = new float[a.length];
    for (int k = 0; k < v.length; k++) {
      v[k] = (float) (0.8 * a[k] + 0.2 * b[k] + NOISE * random.nextGaussian());
    }
    return v;
  }
}
