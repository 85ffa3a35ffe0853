package dev.newsbot.retrieval;

import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Answerer;
import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.eval.EvalReport;
import dev.newsbot.retrieval.eval.Evaluation;
import dev.newsbot.retrieval.indexing.IndexCopy;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.indexing.Indexer;
import dev.newsbot.retrieval.indexing.Removal;
import dev.newsbot.retrieval.ingest.IssueMetaReader;
import dev.newsbot.retrieval.pdf.EpaperPages;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.StoredIssue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
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
  private final Asking asking;
  private volatile Snapshot snapshot;
  private final StoreFollower follower;

  NewsIndex(IndexStore store, Embedder embedder, boolean ownsEmbedder, SearchMode mode, String defaultPaper) {
    this.store = store;
    this.embedder = embedder;
    this.ownsEmbedder = ownsEmbedder;
    this.mode = mode;
    this.metaReader = new IssueMetaReader(defaultPaper);
    this.indexer = new Indexer(store, embedder, metaReader);
    this.asking = new Asking(store, embedder, mode);
    reload();
    String stored = snapshot.corpus().modelKey();
    if (stored != null && !stored.equals(embedder.modelKey()) && snapshot.corpus().passageCount() > 0
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
   * Opens the index with a chosen search mode (lexical and dense alone are for measuring), the
   * paper name used when an issue's text does not name its paper, and where the index lives.
   */
  public static NewsIndex open(Path dataDir, EmbeddingChoice model, SearchMode mode, String defaultPaper,
      StoreChoice where) {
    return Opening.withModel(dataDir, model, mode, defaultPaper, where);
  }

  public static NewsIndex open(Path dataDir, EmbeddingChoice model, SearchMode mode, String defaultPaper) {
    return open(dataDir, model, mode, defaultPaper, StoreChoice.SQLITE);
  }

  /** Opens an index over a given embedder, the seam tests and benchmarks use; the embedder stays the caller's. */
  public static NewsIndex open(Path dataDir, Embedder embedder, SearchMode mode, StoreChoice where) {
    return Opening.over(dataDir, embedder, false, mode, "株洲日报", where);
  }

  public static NewsIndex open(Path dataDir, Embedder embedder, SearchMode mode) {
    return open(dataDir, embedder, mode, StoreChoice.SQLITE);
  }

  /** Reads the store into a new snapshot; returns its issue count. */
  private int reload() {
    long generation = store.generation(); // read first: a commit in between makes the snapshot look older, never newer
    Corpus corpus = store.outline();
    snapshot = Snapshot.of(corpus, store.passages(corpus), generation);
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

  /** Checks an upload before it is kept (text or an e-paper PDF, with an article); gives a PDF's printed date. */
  public Optional<LocalDate> requireReadable(String name, byte[] bytes) {
    return Uploads.requireReadable(name, bytes);
  }

  /** An e-paper's pages kept before and sent now as one PDF, in page order; a page sent again replaces it. */
  public static byte[] joinPages(String name, byte[] kept, byte[] sent) {
    return EpaperPages.join(name, kept, sent);
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
      IndexReport r = indexer.run(files, removal, onlyThese, store.whole(snapshot.corpus()), progress);
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
    return ask(question, LocalDate.now(), ranked -> { });
  }

  /** {@link #ask} on a day of asking, against which its time words are read ("昨天": the day before). */
  public Answer ask(String question, LocalDate today) {
    return ask(question, today, ranked -> { });
  }

  /** {@link #ask}, telling {@code trace} the candidate sentences it ranked (for the tests' training). */
  Answer ask(String question, LocalDate today, Consumer<List<Answerer.Ranked>> trace) {
    return asking.ask(snapshot, question, today, null, trace);
  }

  /**
   * What a follower of {@code topic} is told of a new issue: the answer to the topic from that
   * issue alone, when it holds one (the same retrieval and abstention as for questions).
   */
  public Optional<Answer> alert(String topic, String issueFile) {
    return asking.alert(snapshot, topic, issueFile);
  }

  /** The newest issue with the headlines of its articles, if any issue is indexed ({@code /latest}). */
  public Optional<IssueHeadlines> latest() {
    return Leads.latest(snapshot.corpus(), snapshot.passages());
  }

  /** The newest articles about {@code topic}, newest first ("最近有什么关于X的报道"); at most {@code max}. */
  public List<ArticleLead> newestAbout(String topic, int max) {
    return asking.newestAbout(snapshot, topic, max);
  }

  /** The indexed issues, oldest first. */
  public List<IssueInfo> issues() {
    return snapshot.issues();
  }

  /** The whole paragraph around a cited span, if that issue is still indexed with the same text. */
  public Optional<CitedParagraph> citedParagraph(String issue, int start, int end) {
    return Leads.cited(snapshot.whole(issue), start, end);
  }

  /** The text of an indexed issue file, as its offsets count; for checking quotes. */
  public Optional<String> issueText(String issue) {
    return Optional.ofNullable(snapshot.whole(issue)).map(w -> w.issue().text());
  }

  /**
   * The generation the answers come from beside the one the store holds now, and the index's
   * size; reads the store, so it fails (unchecked) when the file cannot be read.
   */
  public IndexState state() {
    Snapshot s = snapshot;
    return new IndexState(s.generation(), store.generation(), s.corpus().issues().size(), s.corpus().passageCount(),
        store.bytesOnDisk());
  }

  /** Copies this SQLite index into {@code target} (completing a copy begun before); returns the issues copied. */
  public int copyTo(StoreChoice target, IndexProgress progress) {
    try (IndexStore to = target.open(store.file(), embedder.dimension())) {
      return IndexCopy.copy(store.whole(snapshot.corpus()), store.file(), to, embedder, progress);
    }
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
