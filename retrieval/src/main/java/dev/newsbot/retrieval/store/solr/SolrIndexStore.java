package dev.newsbot.retrieval.store.solr;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.IssueWrite;
import dev.newsbot.retrieval.store.PassageSource;
import dev.newsbot.retrieval.store.ScoredId;
import dev.newsbot.retrieval.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The index in a SolrCloud collection (docs/solr.md): one document per passage with its terms
 * ranked by bm25 as the SQLite store ranks them, its vector in an HNSW field, one document per
 * issue version and a state document naming the current versions. Many papers share one
 * collection, told apart by their paper field. Every call has the settings' timeout.
 */
public final class SolrIndexStore implements IndexStore {

  /** Solr's default limit of clauses in one query; terms past it are left out, rarest first being the caller's order. */
  static final int MAX_TERMS = 1024;

  private final SolrSettings settings;
  private final CloudSolrClient client;
  private final StateDoc stateDoc;
  private final Reads reads;
  private final Replacement.Hook hook;
  private volatile StoreState state;

  private SolrIndexStore(SolrSettings settings, CloudSolrClient client, int dimension, Replacement.Hook hook) {
    this.settings = settings;
    this.client = client;
    this.stateDoc = new StateDoc(client, settings.collection(), dimension);
    this.reads = new Reads(client, settings.collection());
    this.hook = hook;
  }

  /**
   * Connects to the cluster, creating the collection (and uploading newsbot's configset for
   * vectors of {@code dimension} floats) when it is missing.
   */
  public static SolrIndexStore open(SolrSettings settings, int dimension) {
    return open(settings, dimension, Replacement.Hook.NONE);
  }

  static SolrIndexStore open(SolrSettings settings, int dimension, Replacement.Hook hook) {
    CloudSolrClient client = SolrClients.connect(settings);
    try {
      SolrClients.ensureCollection(client, settings, Configset.forDimension(dimension));
      SolrIndexStore store = new SolrIndexStore(settings, client, dimension, hook);
      store.state = store.stateDoc.read();
      return store;
    } catch (SolrServerException | IOException | SolrException e) {
      close(client);
      throw new StoreException("cannot open the index at " + settings.where() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(client);
      throw e;
    }
  }

  /** The cluster decides who may write: this process always tries, and a refused write fails its run. */
  @Override
  public boolean readOnly() {
    return false;
  }

  @Override
  public void requireWritable() {
    // writes are checked by the cluster at each update
  }

  /** The index lives on the cluster's disks, not this machine's. */
  @Override
  public long bytesOnDisk() {
    return -1;
  }

  @Override
  public Path file() {
    return Path.of(settings.where());
  }

  @Override
  public Optional<String> embeddingModel() {
    return Optional.ofNullable(fresh().model());
  }

  @Override
  public Map<String, String> issueHashes() {
    Map<String, String> out = new HashMap<>();
    read(() -> {
      SolrQuery q = Reads.current("issue", fresh());
      if (q != null) {
        q.setFields("file", "sha256");
      }
      reads.forEach(q, "vid", d -> out.put((String) d.getFirstValue("file"), (String) d.getFirstValue("sha256")));
      return null;
    });
    return out;
  }

  @Override
  public Map<Long, String> chunkTexts() {
    Map<Long, String> out = new HashMap<>();
    read(() -> {
      SolrQuery q = Reads.current("passage", fresh());
      if (q != null) {
        q.setFields("chunk_id", "embed_text");
      }
      reads.forEach(q, "chunk_id",
          d -> out.put(((Number) d.getFirstValue("chunk_id")).longValue(), (String) d.getFirstValue("embed_text")));
      return null;
    });
    return out;
  }

  @Override
  public synchronized void commit(List<String> removeFiles, List<IssueWrite> writes, Map<Long, float[]> newVectors,
      String modelKey) {
    try {
      state = new Replacement(client, settings.collection(), stateDoc, hook).run(removeFiles, writes, newVectors,
          modelKey);
    } catch (SolrServerException | IOException | SolrException e) {
      throw new StoreException("writing the index at " + settings.where() + " failed, the old one still answers: "
          + e.getMessage(), e);
    }
  }

  @Override
  public long generation() {
    return fresh().generation();
  }

  @Override
  public Corpus load() {
    StoreState now = fresh();
    return read(() -> new CorpusReader(reads).load(now));
  }

  /** The issues without their texts, the articles' spans and the term statistics; no passage is read. */
  @Override
  public Corpus outline() {
    StoreState now = fresh();
    return read(() -> new CorpusReader(reads).outline(now, new TermStats(client, settings.collection())));
  }

  /** Passages read from the collection as each question needs them. */
  @Override
  public PassageSource passages(Corpus outline) {
    return new SolrPassages(client, settings.collection(), outline);
  }

  /** The outline holds no texts: an indexing run, which keeps removed issues' texts, reads the whole index. */
  @Override
  public Corpus whole(Corpus outline) {
    return load();
  }

  /**
   * bm25 over an OR of the terms, each a term query on the passages' terms field: a term is a
   * request parameter that no query parser reads, so no text can be taken as Solr syntax. Only the
   * current issue versions of the last state read are searched.
   */
  @Override
  public List<ScoredId> match(Collection<String> terms, int limit) {
    StoreState now = state;
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(terms));
    distinct.removeIf(String::isEmpty);
    if (distinct.size() > MAX_TERMS) {
      distinct = distinct.subList(0, MAX_TERMS);
    }
    if (distinct.isEmpty() || now.current().isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams p = new ModifiableSolrParams();
    StringBuilder q = new StringBuilder("{!bool");
    for (int i = 0; i < distinct.size(); i++) {
      p.set("t" + i, "{!term f=terms v=$v" + i + "}");
      p.set("v" + i, distinct.get(i));
      q.append(" should=$t").append(i);
    }
    p.set("q", q.append('}').toString());
    p.set("fq", "{!terms f=vid}" + now.currentList());
    p.set("fl", "chunk_id,score");
    p.set("rows", limit);
    p.set("sort", "score desc,chunk_id asc");
    return read(() -> {
      List<ScoredId> out = new ArrayList<>();
      for (SolrDocument d : client.query(settings.collection(), p, org.apache.solr.client.solrj.SolrRequest.METHOD.POST).getResults()) {
        out.add(new ScoredId(((Number) d.getFirstValue("chunk_id")).longValue(),
            ((Number) d.getFirstValue("score")).doubleValue()));
      }
      return out;
    });
  }

  /** The same bm25 over every term: Lucene's block-max WAND keeps it fast at any size. */
  @Override
  public Optional<List<ScoredId>> matchEvery(Collection<String> terms, int limit) {
    return Optional.of(match(terms, limit));
  }

  @Override
  public void close() {
    close(client);
  }

  private StoreState fresh() {
    state = read(stateDoc::read);
    return state;
  }

  private interface Call<T> {
    T run() throws SolrServerException, IOException;
  }

  private <T> T read(Call<T> call) {
    try {
      return call.run();
    } catch (SolrServerException | IOException | SolrException e) {
      throw new StoreException("reading the index at " + settings.where() + " failed: " + e.getMessage(), e);
    }
  }

  private static void close(SolrClient client) {
    try {
      client.close();
    } catch (IOException e) {
      // closing: nothing was written through it that is not committed
    }
  }
}
