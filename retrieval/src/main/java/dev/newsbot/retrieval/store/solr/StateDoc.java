package dev.newsbot.retrieval.store.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The state document, read by real-time get (the latest update, committed or not, from the
 * shard's leader or a replica that has it) and written under optimistic concurrency: a write
 * fails when another writer changed the document since it was read.
 */
final class StateDoc {

  private final SolrClient client;
  private final String collection;
  private final int dimension;

  StateDoc(SolrClient client, String collection, int dimension) {
    this.client = client;
    this.collection = collection;
    this.dimension = dimension;
  }

  StoreState read() throws SolrServerException, IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("fl", "*,_version_");
    return StoreState.of(client.getById(collection, StoreState.ID, p), dimension);
  }

  /** Replaces the document by {@code next} if it is still at {@code next.version()}; returns it as now stored. */
  StoreState write(StoreState next) throws SolrServerException, IOException {
    UpdateRequest r = new UpdateRequest();
    r.add(next.document());
    r.process(client, collection);
    StoreState stored = read();
    if (stored.generation() != next.generation() || stored.nextId() != next.nextId()) {
      throw new ConcurrentWriteException();
    }
    return stored;
  }

  /** Another writer changed the state between this one's read and write. */
  static final class ConcurrentWriteException extends RuntimeException {
    ConcurrentWriteException() {
      super("another indexing run changed the Solr collection at the same time: run this one again");
    }
  }
}
