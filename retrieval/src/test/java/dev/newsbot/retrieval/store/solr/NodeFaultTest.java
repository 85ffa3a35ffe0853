package dev.newsbot.retrieval.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStoreContract;
import dev.newsbot.retrieval.store.IssueWrite;
import dev.newsbot.retrieval.store.ScoredId;
import dev.newsbot.retrieval.store.StoreException;
import dev.newsbot.retrieval.store.StoredIssue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;

/**
 * A Solr node stopped: questions are answered from the replicas on the other node; an indexing
 * run either completes or leaves the old version; the node back, it has caught up and nothing
 * is lost (the other node stopped in turn, it alone answers with everything).
 */
class NodeFaultTest {

  private static final String A = "000_6a32f752367869b0.txt";
  private static final String B = "001_4237cd71e9e911f0.txt";
  private static final String C = "002_a6ff651a8bc0a567.txt";
  private static final String MODEL = IndexStoreContract.EMBEDDER.modelKey();

  @Test
  void questionsAreAnsweredAndNothingIsLostWhileANodeIsDown() throws Exception {
    MiniSolrCloudCluster cluster = SolrTestCluster.get();
    SolrSettings settings = SolrTestCluster.newCollection("faults");
    IssueWrite c = IndexStoreContract.write(C);
    try (SolrIndexStore store = SolrIndexStore.open(settings, IndexStoreContract.EMBEDDER.dimension())) {
      store.commit(List.of(), List.of(IndexStoreContract.write(A), IndexStoreContract.write(B)), Map.of(), MODEL);
      List<ScoredId> before = store.match(List.of("积雪", "厘米"), 10);
      int chunks = store.load().chunks().size();
      assertThat(before).isNotEmpty();

      JettySolrRunner stopped = stop(cluster, 1);
      assertThat(store.match(List.of("积雪", "厘米"), 10)).as("answered by the other node's replicas")
          .isEqualTo(before);
      assertThat(store.load().chunks()).hasSize(chunks);
      boolean indexed;
      try {
        store.commit(List.of(), List.of(c), Map.of(), MODEL);
        indexed = true;
      } catch (StoreException e) {
        indexed = false; // a shard without a leader yet: the run fails whole
      }
      assertThat(files(store.load())).isEqualTo(indexed ? List.of(A, B, C) : List.of(A, B));

      restart(cluster, stopped, settings.collection());
      if (!indexed) {
        store.commit(List.of(), List.of(c), Map.of(), MODEL);
      }
      Corpus all = store.load();
      assertThat(files(all)).isEqualTo(List.of(A, B, C));

      JettySolrRunner other = stop(cluster, 0);
      try (SolrIndexStore alone = SolrIndexStore.open(settings, IndexStoreContract.EMBEDDER.dimension())) {
        assertThat(files(alone.load())).as("the node that was down has every document").isEqualTo(List.of(A, B, C));
        assertThat(alone.load().chunks()).hasSize(all.chunks().size());
        // the same passages; their scores changed with the collection's size when C came in
        assertThat(alone.match(List.of("积雪", "厘米"), 10)).extracting(ScoredId::id)
            .isEqualTo(before.stream().map(ScoredId::id).toList());
      } finally {
        restart(cluster, other, settings.collection());
      }
    }
  }

  private static List<String> files(Corpus c) {
    return c.issues().stream().map(StoredIssue::file).sorted().toList();
  }

  private static JettySolrRunner stop(MiniSolrCloudCluster cluster, int node) throws Exception {
    JettySolrRunner j = cluster.stopJettySolrRunner(node);
    cluster.waitForJettyToStop(j);
    return j;
  }

  /** Starts the node again and waits until every collection of the cluster has all its replicas active. */
  private static void restart(MiniSolrCloudCluster cluster, JettySolrRunner node, String collection) throws Exception {
    cluster.startJettySolrRunner(node, true);
    cluster.waitForAllNodes(60);
    for (String name : cluster.getSolrClient().getClusterStateProvider().getClusterState().getCollectionNames()) {
      cluster.waitForActiveCollection(name, 60, TimeUnit.SECONDS, SolrTestCluster.SHARDS,
          SolrTestCluster.SHARDS * SolrTestCluster.REPLICAS);
    }
  }
}
