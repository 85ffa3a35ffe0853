package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.store.solr.SolrIndexStore;
import dev.newsbot.retrieval.store.solr.SolrSettings;
import dev.newsbot.retrieval.store.solr.SolrTestCluster;
import java.nio.file.Path;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.BeforeAll;

/**
 * The Solr store against the store contract, on a real SolrCloud (MiniSolrCloudCluster: two
 * nodes, a collection of two shards × two replicas). Each test starts from an emptied collection.
 */
class SolrIndexStoreTest extends IndexStoreContract {

  private static SolrSettings settings;

  @BeforeAll
  static void collection() {
    settings = SolrTestCluster.newCollection("contract");
  }

  @Override
  IndexStore newStore(Path dir) {
    CloudSolrClient client = SolrTestCluster.get().getSolrClient();
    try {
      if (client.getClusterStateProvider().getClusterState().hasCollection(settings.collection())) {
        client.deleteByQuery(settings.collection(), "*:*");
        client.commit(settings.collection(), true, true, true);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return SolrIndexStore.open(settings, EMBEDDER.dimension());
  }
}
