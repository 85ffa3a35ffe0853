package dev.newsbot.retrieval.store.solr;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.PassageSource;
import dev.newsbot.retrieval.store.ScoredId;
import dev.newsbot.retrieval.store.StoreException;
import dev.newsbot.retrieval.store.StoredArticle;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredIssue;
import dev.newsbot.retrieval.store.StoredVectors;
import dev.newsbot.retrieval.vectors.ExactVectors;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The passages of an outline ({@link CorpusReader#outline}) read from the collection as questions
 * need them: dense candidates by Solr's knn over the HNSW field, and the few passages a question
 * scores or quotes by id, with their issue's text, articles and passage spans (one {@link View}
 * per issue version, the last {@link #CACHED_ISSUES} kept: a version never changes, a new one has
 * a new id). The passages of one cached issue are the same objects from question to question, as
 * the answer's sentence choice compares them by identity. A passage's index is its position in
 * its issue.
 */
final class SolrPassages implements PassageSource {

  /**
   * HNSW search explores as many candidates as it is asked for: asking each shard for this many
   * times {@code k} and keeping the best {@code k} finds more of the exact nearest (the seeds' ten
   * nearest of a question, which a search for ten alone misses some of).
   */
  static final int OVERSAMPLE = 4;

  /** Issue versions whose text and passages are kept between questions. */
  static final int CACHED_ISSUES = 256;

  private record View(StoredIssue issue, List<StoredArticle> articles, List<StoredChunk> chunks,
      Map<Long, StoredChunk> byId, Map<Long, float[]> vectors) {}

  private final SolrClient client;
  private final String collection;
  private final Set<Long> current;
  private final String currentList;
  private final Map<Long, View> views = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, View> eldest) {
      return size() > CACHED_ISSUES;
    }
  };

  SolrPassages(SolrClient client, String collection, Corpus outline) {
    this.client = client;
    this.collection = collection;
    this.current = outline.issues().stream().map(StoredIssue::id).collect(Collectors.toUnmodifiableSet());
    this.currentList = list(current);
  }

  @Override
  public List<Near> nearest(float[] unit, int k, Set<Long> issues) {
    String among = issues == null ? currentList : list(issues.stream().filter(current::contains).toList());
    if (among.isEmpty() || k <= 0) {
      return List.of();
    }
    StringBuilder vector = new StringBuilder("{!knn f=vector topK=").append(k * OVERSAMPLE).append("}[");
    for (int i = 0; i < unit.length; i++) {
      vector.append(i == 0 ? "" : ",").append(unit[i]);
    }
    ModifiableSolrParams p = passagesOf(among);
    p.set("q", vector.append(']').toString());
    p.set("fl", "chunk_id,score");
    p.set("rows", k);
    List<Near> out = new ArrayList<>();
    for (SolrDocument d : query(p)) {
      // Lucene's cosine score is (1 + cosine) / 2
      out.add(new Near(id(d), (float) (2 * ((Number) d.getFirstValue("score")).doubleValue() - 1)));
    }
    return out;
  }

  @Override
  public List<ScoredId> within(List<ScoredId> ranked, Set<Long> issues) {
    String among = list(issues.stream().filter(current::contains).toList());
    if (ranked.isEmpty() || among.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams p = passagesOf(among);
    p.set("q", "{!terms f=chunk_id}" + list(ranked.stream().map(ScoredId::id).toList()));
    p.set("fl", "chunk_id");
    p.set("rows", ranked.size());
    Set<Long> found = new HashSet<>();
    query(p).forEach(d -> found.add(id(d)));
    return ranked.stream().filter(s -> found.contains(s.id())).toList();
  }

  /** Numbers in the order given: the fusion's ties keep the lexical order, then the dense one. */
  @Override
  public Map<Long, Integer> keys(Collection<Long> ids) {
    Map<Long, Integer> out = new LinkedHashMap<>();
    for (long id : ids) {
      out.putIfAbsent(id, out.size());
    }
    return out;
  }

  @Override
  public Map<Long, StoredChunk> passages(Collection<Long> ids) {
    Set<Long> distinct = new LinkedHashSet<>(ids);
    if (distinct.isEmpty() || currentList.isEmpty()) {
      return Map.of();
    }
    ModifiableSolrParams p = passagesOf(currentList);
    p.set("q", "{!terms f=chunk_id}" + list(distinct));
    p.set("fl", "chunk_id,vid,vector_bytes");
    p.set("rows", distinct.size());
    Map<Long, Long> vidOf = new HashMap<>();
    Map<Long, float[]> vectors = new HashMap<>();
    for (SolrDocument d : query(p)) {
      vidOf.put(id(d), ((Number) d.getFirstValue("vid")).longValue());
      vectors.put(id(d), VectorIndex.unit(StoredVectors.toFloats((byte[]) d.getFirstValue("vector_bytes"))));
    }
    Map<Long, View> loaded = views(vidOf.values());
    Map<Long, StoredChunk> out = new HashMap<>();
    for (long id : distinct) {
      View v = vidOf.containsKey(id) ? loaded.get(vidOf.get(id)) : null;
      StoredChunk c = v == null ? null : v.byId().get(id);
      if (c != null) {
        v.vectors().put(id, vectors.get(id));
        out.put(id, c);
      }
    }
    return out;
  }

  @Override
  public double[] similarities(List<StoredChunk> chunks, float[] unit) {
    double[] out = new double[chunks.size()];
    for (int k = 0; k < out.length; k++) {
      StoredChunk c = chunks.get(k);
      View v = views(List.of(c.issue().id())).get(c.issue().id());
      float[] vector = v == null ? null : v.vectors().get(c.id());
      if (vector == null) {
        passages(List.of(c.id()));
        vector = v == null ? null : v.vectors().get(c.id());
      }
      out[k] = vector == null ? Double.NaN : new ExactVectors(List.of(vector)).similarity(0, unit);
    }
    return out;
  }

  @Override
  public List<StoredChunk> sameArticle(StoredChunk chunk) {
    View v = views(List.of(chunk.issue().id())).get(chunk.issue().id());
    if (v == null || v.issue() != chunk.issue()) {
      return List.of();
    }
    return v.chunks().stream().filter(c -> c.article() == chunk.article()).toList();
  }

  @Override
  public WholeIssue whole(StoredIssue issue) {
    View v = current.contains(issue.id()) ? views(List.of(issue.id())).get(issue.id()) : null;
    return v == null ? null : new WholeIssue(v.issue(), v.articles());
  }

  /** The views of {@code vids}, reading those not kept: their issue documents, then their passages' spans. */
  private Map<Long, View> views(Collection<Long> vids) {
    Map<Long, View> out = new HashMap<>();
    Set<Long> missing = new TreeSet<>();
    synchronized (views) {
      for (long vid : vids) {
        View v = views.get(vid);
        if (v != null) {
          out.put(vid, v);
        } else if (current.contains(vid)) {
          missing.add(vid);
        }
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    Map<Long, View> read = read(missing);
    synchronized (views) {
      for (View v : read.values()) {
        View kept = views.putIfAbsent(v.issue().id(), v);
        out.put(v.issue().id(), kept == null ? v : kept);
      }
    }
    return out;
  }

  private Map<Long, View> read(Set<Long> vids) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "{!terms f=vid}" + list(vids));
    p.add("fq", "type:issue");
    p.set("fl", "vid,file,sha256,paper,date,date_inferred,text,articles,article_count,chunk_count");
    p.set("rows", vids.size());
    Map<Long, View> out = new HashMap<>();
    Map<Long, List<StoredChunk>> chunks = new HashMap<>();
    int passages = 0;
    for (SolrDocument d : query(p)) {
      StoredIssue issue = IssueDocs.readIssue(d);
      out.put(issue.id(), new View(issue, IssueDocs.readArticles(d, issue), null, null, null));
      chunks.put(issue.id(), new ArrayList<>());
      passages += issue.chunks();
    }
    if (out.isEmpty()) {
      return out;
    }
    ModifiableSolrParams spans = passagesOf(list(out.keySet()));
    spans.set("q", "*:*");
    spans.set("fl", "chunk_id,vid,article,paragraph,start,end");
    spans.set("sort", "chunk_id asc");
    spans.set("rows", Math.max(1, passages));
    for (SolrDocument d : query(spans)) {
      View v = out.get(((Number) d.getFirstValue("vid")).longValue());
      List<StoredChunk> list = chunks.get(v.issue().id());
      int article = ((Number) d.getFirstValue("article")).intValue();
      list.add(new StoredChunk(list.size(), id(d), v.issue(), v.articles().get(article - 1),
          ((Number) d.getFirstValue("paragraph")).intValue(), ((Number) d.getFirstValue("start")).intValue(),
          ((Number) d.getFirstValue("end")).intValue()));
    }
    Map<Long, View> views = new HashMap<>();
    for (View v : out.values()) {
      List<StoredChunk> list = List.copyOf(chunks.get(v.issue().id()));
      Map<Long, StoredChunk> byId = new HashMap<>();
      list.forEach(c -> byId.put(c.id(), c));
      views.put(v.issue().id(), new View(v.issue(), v.articles(), list, byId, new ConcurrentHashMap<>()));
    }
    return views;
  }

  private static ModifiableSolrParams passagesOf(String vids) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.add("fq", "type:passage");
    p.add("fq", "{!terms f=vid}" + vids);
    return p;
  }

  private SolrDocumentList query(ModifiableSolrParams p) {
    try {
      return client.query(collection, p, SolrRequest.METHOD.POST).getResults();
    } catch (SolrServerException | IOException | SolrException e) {
      throw new StoreException("reading passages from " + collection + " failed: " + e.getMessage(), e);
    }
  }

  private static long id(SolrDocument d) {
    return ((Number) d.getFirstValue("chunk_id")).longValue();
  }

  private static String list(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
