package dev.newsbot.retrieval.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SleepingLockWrapper;

/**
 * The passages' lexical terms again, in a Lucene index beside the SQLite file: it answers an OR
 * of every term of a question over a large archive in milliseconds, where FTS5, which scores every
 * passage holding any of them, takes seconds (Lucene skips the passages that cannot reach the top
 * with block-max WAND). The SQLite file stays the record: this index is derived from its FTS5
 * table, each commit carries the store's generation, and an index behind the store is rebuilt
 * from it, so a crash between the two commits loses nothing.
 */
final class TermIndex implements AutoCloseable {

  /** Generation of an index that holds nothing yet: behind every store. */
  static final long NONE = -1;

  private static final String ID = "id";
  private static final String TERMS = "terms";
  private static final String GENERATION = "generation";
  /** How long a write waits for another process's writer to finish. */
  private static final long LOCK_WAIT_MS = 30_000;

  private static final FieldType TERMS_TYPE = termsType();
  /** bm25 with FTS5's constants, so that both indexes rank alike. */
  private static final BM25Similarity BM25 = new BM25Similarity(1.2f, 0.75f);

  private final Directory directory;
  private final SearcherManager searchers;

  private TermIndex(Directory directory, SearcherManager searchers) {
    this.directory = directory;
    this.searchers = searchers;
  }

  /** Opens the index in {@code folder}, creating an empty one (generation {@link #NONE}) when there is none. */
  static TermIndex open(Path folder) throws IOException {
    return open(new SleepingLockWrapper(FSDirectory.open(folder), LOCK_WAIT_MS));
  }

  /** An index in memory, for a store this process may only read and that has none beside it. */
  static TermIndex inMemory() throws IOException {
    return open(new ByteBuffersDirectory());
  }

  private static TermIndex open(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      try (IndexWriter w = writer(directory, IndexWriterConfig.OpenMode.CREATE)) {
        w.setLiveCommitData(Map.of(GENERATION, String.valueOf(NONE)).entrySet());
        w.commit();
      }
    }
    SearcherManager searchers = new SearcherManager(directory, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
          org.apache.lucene.index.IndexReader previous) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setSimilarity(BM25);
        return s;
      }
    });
    return new TermIndex(directory, searchers);
  }

  /** The store generation the searchable index was made from. */
  long generation() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return generationOf((DirectoryReader) s.getIndexReader());
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Applies one store commit: removes the passages {@code removed}, adds {@code added} (passage id →
   * its terms, space-separated) and records {@code to}. Returns false, changing nothing, when the
   * index is not at generation {@code from}; the caller then rebuilds it.
   */
  synchronized boolean apply(long from, long to, Collection<Long> removed, Map<Long, String> added)
      throws IOException {
    try (IndexWriter w = writer(directory, IndexWriterConfig.OpenMode.APPEND)) {
      if (committedGeneration(w) != from) {
        return false;
      }
      w.deleteDocuments(removed.stream().map(id -> new Term(ID, String.valueOf(id))).toArray(Term[]::new));
      for (var e : added.entrySet()) {
        w.addDocument(document(e.getKey(), e.getValue()));
      }
      commit(w, to);
    }
    searchers.maybeRefreshBlocking();
    return true;
  }

  /** Every passage of the store, for a rebuild. */
  interface Source {
    void forEach(PassageTerms sink) throws Exception;
  }

  /** One passage's id and terms. */
  interface PassageTerms {
    void accept(long id, String terms) throws IOException;
  }

  /**
   * Replaces the whole index with the passages of {@code source}, at {@code generation}, merged
   * into one segment: the fewer segments, the fewer posting lists a query walks.
   */
  synchronized void rebuild(long generation, Source source) throws Exception {
    try (IndexWriter w = writer(directory, IndexWriterConfig.OpenMode.CREATE)) {
      source.forEach((id, terms) -> w.addDocument(document(id, terms)));
      w.forceMerge(1);
      commit(w, generation);
    }
    searchers.maybeRefreshBlocking();
  }

  /**
   * The best {@code limit} passages for an OR of {@code terms} by bm25, best first, if the
   * searchable index is at {@code generation}; empty when it is not (it lags the store).
   */
  Optional<List<ScoredId>> search(Collection<String> terms, int limit, long generation) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      if (generationOf((DirectoryReader) s.getIndexReader()) != generation) {
        return Optional.empty();
      }
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      terms.stream().limit(IndexSearcher.getMaxClauseCount())
          .forEach(t -> q.add(new TermQuery(new Term(TERMS, t)), BooleanClause.Occur.SHOULD));
      List<ScoredId> out = new ArrayList<>();
      var stored = s.storedFields();
      for (ScoreDoc d : s.search(q.build(), limit).scoreDocs) {
        out.add(new ScoredId(Long.parseLong(stored.document(d.doc).get(ID)), d.score));
      }
      return Optional.of(out);
    } finally {
      searchers.release(s);
    }
  }

  /** Picks up commits made by another process. */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    directory.close();
  }

  private static Document document(long id, String terms) {
    Document d = new Document();
    d.add(new StringField(ID, String.valueOf(id), Field.Store.YES));
    d.add(new Field(TERMS, terms, TERMS_TYPE));
    return d;
  }

  private static void commit(IndexWriter w, long generation) throws IOException {
    w.setLiveCommitData(Map.of(GENERATION, String.valueOf(generation)).entrySet());
    w.commit();
  }

  private static long committedGeneration(IndexWriter w) {
    for (var e : w.getLiveCommitData()) {
      if (e.getKey().equals(GENERATION)) {
        return Long.parseLong(e.getValue());
      }
    }
    return NONE;
  }

  private static long generationOf(DirectoryReader reader) throws IOException {
    String g = reader.getIndexCommit().getUserData().get(GENERATION);
    return g == null ? NONE : Long.parseLong(g);
  }

  private static IndexWriter writer(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
    // a write that fails before its commit leaves the last commit as it was
    IndexWriterConfig config = new IndexWriterConfig(new SpaceSeparated()).setOpenMode(mode).setSimilarity(BM25)
        .setRAMBufferSizeMB(64).setCommitOnClose(false);
    return new IndexWriter(directory, config);
  }

  /** Term frequencies and lengths for bm25; no positions: the query is an OR of single terms. */
  private static FieldType termsType() {
    FieldType t = new FieldType();
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.setTokenized(true);
    t.freeze();
    return t;
  }

  /** The store's terms are already cut (text.Tokenizer): this only splits them at spaces. */
  private static final class SpaceSeparated extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      return new TokenStreamComponents(new SpaceTokenizer());
    }
  }

  private static final class SpaceTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private int at;

    @Override
    public boolean incrementToken() throws IOException {
      clearAttributes();
      while (at < text.length() && text.charAt(at) == ' ') {
        at++;
      }
      if (at >= text.length()) {
        return false;
      }
      int end = at;
      while (end < text.length() && text.charAt(end) != ' ') {
        end++;
      }
      term.setEmpty().append(text, at, end);
      at = end;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      text.setLength(0);
      char[] buffer = new char[4096];
      for (int n; (n = input.read(buffer)) > 0; ) {
        text.append(buffer, 0, n);
      }
      at = 0;
    }
  }
}
