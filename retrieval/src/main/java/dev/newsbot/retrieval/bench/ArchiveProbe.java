package dev.newsbot.retrieval.bench;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.eval.Evaluation;
import dev.newsbot.retrieval.ingest.PassageText;
import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.search.Retriever;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.ScoredId;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredVectors;
import dev.newsbot.retrieval.vectors.ExactVectors;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The inside of an index folder, for the benchmarks to time what answers never show alone: the
 * lexical query against the FTS5 query of every term, the snapshot's vector index against exact
 * float32 search. Each search is one call, so that the caller times just that.
 */
public final class ArchiveProbe implements AutoCloseable {

  private final Path file;
  private final IndexStore store;
  private final Corpus corpus;
  private final Map<Long, StoredChunk> byId;
  private final Retriever lexical;

  private ArchiveProbe(Path file, IndexStore store) {
    this.file = file;
    this.store = store;
    this.corpus = store.load();
    this.byId = corpus.chunksById();
    this.lexical = new Retriever(store, SearchMode.LEXICAL);
  }

  /** Opens the index in {@code dataDir} and reads its snapshot. */
  public static ArchiveProbe open(Path dataDir) {
    Path file = dataDir.resolve(NewsIndex.FILE_NAME);
    IndexStore store = IndexStore.open(file);
    try {
      return new ArchiveProbe(file, store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Every passage's text as it was embedded (headline, then text), in passage order. */
  public List<String> passageTexts() {
    return corpus.chunks().stream().map(c -> PassageText.forEmbedding(c.article().title(), c.text())).toList();
  }

  /** A question's lexical search, prepared. */
  public Lexical lexical(String question) {
    return new Lexical(Query.of(question, corpus));
  }

  /** Whether one of the passages is from the question's issue and holds its answer, as eval counts a hit. */
  public boolean holdsAnswer(List<Long> passageIds, EvalQuestion q) {
    String expected = Evaluation.squash(q.answer());
    return passageIds.stream().map(byId::get)
        .anyMatch(c -> c != null && Evaluation.holdsAnswer(q, expected, c.issue().file(), c.text()));
  }

  /** Dense search with {@code model}'s question vectors, against every stored vector read exactly. */
  public Dense dense(BenchModel model) {
    return new Dense(model, StoredVectors.readExact(file));
  }

  /** One question's lexical search, two ways; passage ids, best first. */
  public final class Lexical {
    private final Query query;

    private Lexical(Query query) {
      this.query = query;
    }

    /** True when the question has a term the index knows. */
    public boolean hasTerms() {
      return !query.everyTerm().isEmpty();
    }

    /** Whether answers search every term with the term index, some of the rarest being too common for FTS5. */
    public boolean leftOutTerms() {
      return query.leftOutTerms();
    }

    /** The FTS5 query of every term (bigrams and words). */
    public List<Long> everyTermByFts5(int limit) {
      return ids(store.match(query.everyTerm(), limit));
    }

    /** Lexical search as answers run it. */
    public List<Long> asAnswersSearch(int limit) {
      List<ScoredId> ranked = lexical.lexical(query);
      return ids(ranked.size() > limit ? ranked.subList(0, limit) : ranked);
    }

    private List<Long> ids(List<ScoredId> found) {
      return found.stream().map(ScoredId::id).toList();
    }
  }

  /** Nearest passages by the snapshot's vector index and by exact search; positions in the snapshot, best first. */
  public final class Dense {
    private final BenchModel model;
    private final ExactVectors exact;

    private Dense(BenchModel model, ExactVectors exact) {
      this.model = model;
      this.exact = exact;
    }

    /** The question's vector at unit length. */
    public float[] unitQuery(String question) {
      return model.unitQuery(question);
    }

    public List<Integer> exact(float[] unitQuery, int k) {
      return positions(exact.nearest(unitQuery, k));
    }

    public List<Integer> index(float[] unitQuery, int k) {
      return positions(corpus.vectors().nearest(unitQuery, k));
    }

    /** True when the snapshot holds its vectors exactly (small archives), false when quantised. */
    public boolean indexIsExact() {
      return corpus.vectors() instanceof ExactVectors;
    }

    private List<Integer> positions(List<VectorIndex.Scored> found) {
      return found.stream().map(VectorIndex.Scored::position).toList();
    }
  }

  @Override
  public void close() {
    store.close();
  }
}
