package dev.newsbot.retrieval.store.solr;

import dev.newsbot.retrieval.store.IssueWrite;
import dev.newsbot.retrieval.store.StoredVectors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * One indexing run's commit without multi-document transactions, in four steps: reserve ids in
 * the state document; write every new issue version (new ids, so nothing that answers is
 * touched) and make it searchable; flip the state document to the new versions, the one update
 * that commits; delete the versions no longer current. Readers filter on the current versions,
 * so a crash between any two steps leaves the old or the new index answering, never a mix; what
 * a crashed run wrote is swept by the next one.
 */
final class Replacement {

  /** The steps of a commit, in order; a test stops the writer after each. */
  enum Step { RESERVED, WRITTEN, FLIPPED, CLEANED }

  /** Called after each step: the seam a crash test throws from. */
  interface Hook {
    Hook NONE = step -> { };

    void after(Step step);
  }

  private static final int BATCH = 500;

  private final SolrClient client;
  private final String collection;
  private final StateDoc state;
  private final Reads reads;
  private final Hook hook;

  Replacement(SolrClient client, String collection, StateDoc state, Hook hook) {
    this.client = client;
    this.collection = collection;
    this.state = state;
    this.reads = new Reads(client, collection);
    this.hook = hook;
  }

  /** Applies the run; returns the state it committed. */
  StoreState run(List<String> removeFiles, List<IssueWrite> writes, Map<Long, float[]> newVectors, String modelKey)
      throws SolrServerException, IOException {
    writes.forEach(IssueDocs::check);
    StoreState before = state.read();
    Map<String, Long> currentByFile = new HashMap<>();
    reads.forEach(fields(Reads.current("issue", before), "vid", "file"), "vid",
        d -> currentByFile.put((String) d.getFirstValue("file"), ((Number) d.getFirstValue("vid")).longValue()));
    Set<Long> gone = new HashSet<>();
    for (String f : removeFiles) {
      gone.add(currentByFile.get(f));
    }
    for (IssueWrite w : writes) {
      gone.add(currentByFile.get(w.issue().file()));
    }
    gone.remove(null);
    Set<Long> reembedded = reembedded(before, newVectors.keySet(), gone);

    int ids = writes.size() + reembedded.size();
    for (IssueWrite w : writes) {
      ids += w.chunks().size();
    }
    long first = before.nextId();
    StoreState reserved = state.write(new StoreState(before.generation(), before.model(), first + ids,
        before.current(), before.dimension(), before.version()));
    hook.after(Step.RESERVED);

    Set<Long> added = new HashSet<>();
    List<SolrInputDocument> docs = new ArrayList<>();
    long next = first;
    for (IssueWrite w : writes) {
      long vid = next++;
      added.add(vid);
      docs.add(IssueDocs.issue(w, vid));
      for (int k = 0; k < w.chunks().size(); k++) {
        docs.add(IssueDocs.passage(w, k, vid, next++, before.dimension()));
        flushIfFull(docs);
      }
    }
    for (long old : reembedded) {
      long vid = next++;
      added.add(vid);
      gone.add(old);
      copyVersion(old, vid, newVectors, before.dimension(), docs);
    }
    flush(docs);
    // a soft commit makes them searchable; the update log already holds them durably, and the
    // configset's autoCommit writes segments to disk
    client.commit(collection, true, true, true);
    hook.after(Step.WRITTEN);

    Set<Long> current = new HashSet<>(before.current());
    current.removeAll(gone);
    current.addAll(added);
    StoreState flipped = state.write(new StoreState(before.generation() + 1, modelKey, reserved.nextId(), current,
        before.dimension(), reserved.version()));
    hook.after(Step.FLIPPED);

    sweep(flipped, first);
    hook.after(Step.CLEANED);
    return flipped;
  }

  /** Current versions holding a passage whose vector is replaced, less those the run replaces anyway. */
  private Set<Long> reembedded(StoreState before, Set<Long> chunkIds, Set<Long> gone)
      throws SolrServerException, IOException {
    Set<Long> vids = new HashSet<>();
    SolrQuery q = fields(Reads.current("passage", before), "vid", "chunk_id");
    if (q == null || chunkIds.isEmpty()) {
      return vids;
    }
    reads.forEach(q, "chunk_id", d -> {
      if (chunkIds.contains(((Number) d.getFirstValue("chunk_id")).longValue())) {
        vids.add(((Number) d.getFirstValue("vid")).longValue());
      }
    });
    vids.removeAll(gone);
    return vids;
  }

  /** Writes version {@code old} again as {@code vid}, same passage ids, the vectors in {@code newVectors}. */
  private void copyVersion(long old, long vid, Map<Long, float[]> newVectors, int dimension,
      List<SolrInputDocument> docs) throws SolrServerException, IOException {
    SolrQuery q = new SolrQuery("vid:" + old);
    reads.forEach(q, "vid", d -> {
      SolrInputDocument copy = copy(d);
      copy.setField("vid", vid);
      if ("issue".equals(d.getFirstValue("type"))) {
        copy.setField("id", IssueDocs.issueId(vid));
      } else {
        long chunkId = ((Number) d.getFirstValue("chunk_id")).longValue();
        copy.setField("id", IssueDocs.passageId(vid, chunkId));
        float[] v = newVectors.get(chunkId);
        IssueDocs.setVector(copy, v != null ? v : StoredVectors.toFloats((byte[]) d.getFirstValue("vector_bytes")),
            dimension);
      }
      docs.add(copy);
    });
    flushIfFull(docs);
  }

  private static SolrInputDocument copy(SolrDocument d) {
    SolrInputDocument copy = new SolrInputDocument();
    for (String f : d.getFieldNames()) {
      if (!f.equals("_version_")) {
        copy.setField(f, d.getFieldValues(f));
      }
    }
    return copy;
  }

  /**
   * Deletes every issue version below {@code first} that is not current: the ones this run
   * replaced and whatever a crashed run left written but never flipped.
   */
  private void sweep(StoreState now, long first) throws SolrServerException, IOException {
    String keep = now.current().isEmpty() ? "" : " -_query_:\"{!terms f=vid}" + now.currentList() + "\"";
    client.deleteByQuery(collection, "+(type:issue type:passage) +vid:[* TO " + (first - 1) + "]" + keep);
    client.commit(collection, true, true, true);
  }

  private void flushIfFull(List<SolrInputDocument> docs) throws SolrServerException, IOException {
    if (docs.size() >= BATCH) {
      flush(docs);
    }
  }

  private void flush(List<SolrInputDocument> docs) throws SolrServerException, IOException {
    if (!docs.isEmpty()) {
      client.add(collection, docs);
      docs.clear();
    }
  }

  private static SolrQuery fields(SolrQuery q, String... fields) {
    if (q != null) {
      q.setFields(fields);
    }
    return q;
  }
}
