package dev.newsbot.retrieval.store.solr;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * The one document that says what the collection holds: which issue versions are current, the
 * generation, the model of the vectors and the next free id. Changing it is one update of one
 * document, which Solr applies whole or not at all: that is the moment an indexing run commits.
 *
 * @param generation 0 for a new collection, one more after each commit
 * @param model      the embedding model of the vectors, or null before the first commit
 * @param nextId     the next free issue version and passage id
 * @param current    the issue versions (vid) that answer
 * @param dimension  the dimension the collection's vector field was made for
 * @param version    Solr's {@code _version_} of the document as read, -1 when there is none yet
 */
record StoreState(long generation, String model, long nextId, Set<Long> current, int dimension, long version) {

  static final String ID = "state";

  StoreState {
    current = Set.copyOf(current);
  }

  static StoreState empty(int dimension) {
    return new StoreState(0, null, 1, Set.of(), dimension, -1);
  }

  static StoreState of(SolrDocument d, int dimension) {
    if (d == null) {
      return empty(dimension);
    }
    Collection<Object> vids = d.getFieldValues("current");
    Set<Long> current = new TreeSet<>();
    if (vids != null) {
      vids.forEach(v -> current.add(((Number) v).longValue()));
    }
    Object dim = d.getFirstValue("dimension");
    return new StoreState(((Number) d.getFirstValue("generation")).longValue(), (String) d.getFirstValue("model"),
        ((Number) d.getFirstValue("next_id")).longValue(), current,
        dim == null ? dimension : ((Number) dim).intValue(), ((Number) d.getFirstValue("_version_")).longValue());
  }

  /** The document that replaces this state, guarded by the version read: another writer's change makes it fail. */
  SolrInputDocument document() {
    SolrInputDocument d = new SolrInputDocument();
    d.setField("id", ID);
    d.setField("type", "state");
    d.setField("generation", generation);
    if (model != null) {
      d.setField("model", model);
    }
    d.setField("next_id", nextId);
    d.setField("current", List.copyOf(new TreeSet<>(current)));
    d.setField("dimension", dimension);
    d.setField("_version_", version);
    return d;
  }

  /** The comma-separated current versions, for a {@code {!terms f=vid}} filter. */
  String currentList() {
    StringBuilder sb = new StringBuilder();
    for (long v : new TreeSet<>(current)) {
      sb.append(sb.length() == 0 ? "" : ",").append(v);
    }
    return sb.toString();
  }
}
