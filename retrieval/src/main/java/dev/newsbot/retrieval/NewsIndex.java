package dev.newsbot.retrieval;

import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Answerer;
import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.embed.OnnxEmbedder;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.eval.EvalReport;
import dev.newsbot.retrieval.eval.Evaluation;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.indexing.Indexer;
import dev.newsbot.retrieval.indexing.Removal;
import dev.newsbot.retrieval.ingest.IssueMetaReader;
import dev.newsbot.retrieval.search.Hit;
import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.search.Retriever;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.StoredArticle;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredIssue;
import dev.newsbot.retrieval.store.StoredParagraph;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.text.Whitespace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of the retrieval module: indexes newspaper issues into one SQLite file and
 * answers questions from it with verbatim quotes. Thread-safe: questions may be asked from many
 * threads while one indexing run writes; they see the old index until the run commits. Commits
 * made by other processes are followed within {@link StoreFollower#PERIOD}, with no restart; on
 * a folder this process may only read it answers, and indexing says it needs write access.
 */
public final class NewsIndex implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NewsIndex.class);

  /** The file under the data folder that holds the index. */
  public static final String FILE_NAME = "newsbot.db";

  private final IndexStore store;
  private final Embedder embedder;
  private final Indexer indexer;
  private final IssueMetaReader metaReader;
  private final SearchMode mode;
  private final boolean ownsEmbedder;
  private final ReentrantLock indexing = new ReentrantLock();
  private volatile Snapshot snapshot;
  private final StoreFollower follower;

  private record Snapshot(Corpus corpus, Map<Long, StoredChunk> byId, long generation) {}

  NewsIndex(IndexStore store, Embedder embedder, boolean ownsEmbedder, SearchMode mode, String defaultPaper) {
    this.store = store;
    this.embedder = embedder;
    this.ownsEmbedder = ownsEmbedder;
    this.mode = mode;
    this.metaReader = new IssueMetaReader(defaultPaper);
    this.indexer = new Indexer(store, embedder, metaReader);
    reload();
    String stored = snapshot.corpus().modelKey();
    if (stored != null && !stored.equals(embedder.modelKey()) && !snapshot.corpus().chunks().isEmpty()
        && !store.readOnly()) {
      LOG.warn("the index was embedded with {}, the settings name {}: embedding all passages again", stored,
          embedder.modelKey());
      runExclusive(List.of(), Removal.KEEP, true, IndexProgress.NONE);
    }
    follower = new StoreFollower(store, indexing, () -> snapshot.generation(), this::reload);
  }

  /** Opens (creating if needed) the index in {@code dataDir}, answering with hybrid search. */
  public static NewsIndex open(Path dataDir, EmbeddingChoice model) {
    return open(dataDir, model, SearchMode.HYBRID, "株洲日报");
  }

  /**
   * Opens the index with a chosen search mode (lexical and dense alone are for measuring) and
   * the paper name used when an issue's text does not name its paper.
   */
  public static NewsIndex open(Path dataDir, EmbeddingChoice model, SearchMode mode, String defaultPaper) {
    IndexStore store = IndexStore.open(dataDir.resolve(FILE_NAME));
    try {
      return new NewsIndex(store, OnnxEmbedder.load(model), true, mode, defaultPaper);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Opens an index over a given embedder, the seam tests and benchmarks use; the embedder stays
   * the caller's to close.
   */
  public static NewsIndex open(Path dataDir, Embedder embedder, SearchMode mode) {
    return new NewsIndex(IndexStore.open(dataDir.resolve(FILE_NAME)), embedder, false, mode, "株洲日报");
  }

  /** Reads the store into a new snapshot; returns its issue count. */
  private int reload() {
    long generation = store.generation(); // read first: a commit in between makes the snapshot look older, never newer
    Corpus corpus = store.load();
    snapshot = new Snapshot(corpus, corpus.chunksById(), generation);
    return corpus.issues().size();
  }

  /** {@link #indexFolder(Path, Removal, IndexProgress)}, pruning (with {@link Removal#PRUNE}) or not. */
  public IndexReport indexFolder(Path seedsDir, boolean prune, IndexProgress progress) {
    return indexFolder(seedsDir, Removal.of(prune), progress);
  }

  /**
   * Brings the index in line with the issue files in {@code seedsDir}: adds new files, replaces
   * changed ones, leaves unchanged ones alone; removes issues whose file is gone as {@code removal}
   * says. All changes become visible at once, in one commit.
   *
   * @throws IndexBusyException when another run is under way
   */
  public IndexReport indexFolder(Path seedsDir, Removal removal, IndexProgress progress) {
    try {
      return runExclusive(Indexer.issueFiles(seedsDir), removal, false, progress);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list issue files in " + seedsDir + ": " + e.getMessage(), e);
    }
  }

  /** Adds or replaces one issue file, leaving all others as they are. */
  public IndexReport indexFile(Path issueFile, IndexProgress progress) {
    return runExclusive(List.of(issueFile), Removal.KEEP, true, progress);
  }

  /** Checks the bytes of an upload before they are kept: {@link Uploads#requireReadable}. */
  public void requireReadable(String name, byte[] bytes) {
    Uploads.requireReadable(name, bytes);
  }

  /** The indexed issue without sidecar whose text is that of {@code bytes}, in whatever encoding. */
  public Optional<IssueInfo> issueWithContent(String name, byte[] bytes) {
    return Uploads.sameText(name, bytes, issues());
  }

  /** The indexed issue that {@code bytes} are a corrected edition of ({@link Uploads#editionOf}), if any. */
  public Optional<IssueInfo> editionOf(String name, byte[] bytes) {
    return Uploads.editionOf(name, bytes, metaReader, issues());
  }

  /** The sidecar file beside an issue file that gives its paper and date: {@code <name>.properties}. */
  public static String sidecarName(String issueFile) {
    return IssueMetaReader.sidecarOf(Path.of(issueFile)).getFileName().toString();
  }

  /** True while an indexing run is under way. */
  public boolean isIndexing() {
    return indexing.isLocked();
  }

  private IndexReport runExclusive(List<Path> files, Removal removal, boolean onlyThese, IndexProgress progress) {
    if (!indexing.tryLock()) {
      throw new IndexBusyException();
    }
    try {
      store.requireWritable();
      if (store.generation() != snapshot.generation()) {
        reload(); // another process committed: what this run changes is measured against what is there now
      }
      IndexReport r = indexer.run(files, removal, onlyThese, snapshot.corpus(), progress);
      reload();
      List<StoredIssue> issues = snapshot.corpus().issues();
      LocalDate from = issues.stream().map(StoredIssue::date).filter(Objects::nonNull).min(LocalDate::compareTo)
          .orElse(null);
      LocalDate to = issues.stream().map(StoredIssue::date).filter(Objects::nonNull).max(LocalDate::compareTo)
          .orElse(null);
      return new IndexReport(r.added(), r.changed(), r.removed(), r.unchanged(), r.missing(), r.notPruned(),
          r.rejected(), r.articlesAdded(), r.articlesRemoved(), r.chunksAdded(), r.chunksRemoved(), r.seconds(),
          r.keptIn(), from, to);
    } finally {
      indexing.unlock();
    }
  }

  /**
   * Answers one question; never throws for any user text. Should the index itself fail (a disk
   * error), the answer says so and asks to try again; the cause is logged without the question.
   */
  public Answer ask(String question) {
    return ask(question, ranked -> { });
  }

  /** {@link #ask}, telling {@code trace} the candidate sentences it ranked (for the tests' training). */
  Answer ask(String question, Consumer<List<Answerer.Ranked>> trace) {
    String clean = Questions.clean(question);
    Snapshot s = snapshot;
    Query q = Query.of(clean, s.corpus());
    if (!Questions.hasContent(clean)) {
      return Answerer.unusable(clean, q.language());
    }
    try {
      boolean dense = mode != SearchMode.LEXICAL && embedder.modelKey().equals(s.corpus().modelKey());
      float[] vector = dense ? embedder.embedQuery(Folding.simplified(clean)) : null;
      List<Hit> hits = new Retriever(store, mode).retrieve(q, vector, s.corpus(), s.byId(), Answerer.PASSAGES);
      return Answerer.answer(clean, q, hits, s.corpus().chunks(), vector, embedder, trace);
    } catch (RuntimeException e) {
      LOG.error("answering failed ({} characters asked): {}", clean.length(), e.toString());
      return Answerer.failed(clean, q.language());
    }
  }

  /** The indexed issues, oldest first. */
  public List<IssueInfo> issues() {
    return snapshot.corpus().issues().stream()
        .map(i -> new IssueInfo(i.file(), i.paper(), i.date(), i.dateInferred(), i.articles(), i.chunks(), i.sha256()))
        .toList();
  }

  /** The whole paragraph around a cited span, if that issue is still indexed with the same text. */
  public Optional<CitedParagraph> citedParagraph(String issue, int start, int end) {
    Corpus corpus = snapshot.corpus();
    StoredIssue si = corpus.issue(issue);
    if (si == null || start < 0 || end > si.text().length() || start >= end) {
      return Optional.empty();
    }
    for (StoredArticle a : corpus.articles().getOrDefault(si.id(), List.of())) {
      StoredParagraph p = a.paragraphAt(start);
      if (p != null && end <= p.end()) {
        String text = si.text();
        return Optional.of(new CitedParagraph(si.file(), si.paper(), si.date(), a.title(), p.n(),
            Whitespace.normalize(text.substring(p.start(), start)), Whitespace.normalize(text.substring(start, end)),
            Whitespace.normalize(text.substring(end, p.end()))));
      }
    }
    return Optional.empty();
  }

  /** The text of an indexed issue file, as its offsets count; for checking quotes. */
  public Optional<String> issueText(String issue) {
    return Optional.ofNullable(snapshot.corpus().issue(issue)).map(StoredIssue::text);
  }

  /**
   * The generation the answers come from beside the one the store holds now, and the index's
   * size; reads the store, so it fails (unchecked) when the file cannot be read.
   */
  public IndexState state() {
    Snapshot s = snapshot;
    return new IndexState(s.generation(), store.generation(), s.corpus().issues().size(), s.corpus().chunks().size(),
        store.bytesOnDisk());
  }

  /** Measures the answers to {@code questions} with known answers (the {@code eval} command). */
  public EvalReport evaluate(List<EvalQuestion> questions) {
    return Evaluation.run(this::ask, this::issueText, questions);
  }

  /** The embedding model of the stored vectors. */
  public String embeddingModel() {
    return embedder.modelKey();
  }

  /** Every problem SQLite's integrity_check finds in the index in {@code dataDir}; none when whole. */
  public static List<String> check(Path dataDir) {
    return IndexStore.check(dataDir.resolve(FILE_NAME));
  }

  /**
   * Copies the index in {@code dataDir} into {@code targetDir} (holding none yet) while others use
   * it; the term index is made again when the copy is opened. Returns the copy's file.
   */
  public static Path backup(Path dataDir, Path targetDir) {
    Path target = targetDir.resolve(FILE_NAME);
    IndexStore.backup(dataDir.resolve(FILE_NAME), target);
    return target;
  }

  @Override
  public void close() {
    follower.close();
    store.close();
    if (ownsEmbedder && embedder instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.warn("closing the embedding model failed: {}", e.toString());
      }
    }
  }
}
