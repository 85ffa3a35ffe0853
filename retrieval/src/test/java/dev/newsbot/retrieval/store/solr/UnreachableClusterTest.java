package dev.newsbot.retrieval.store.solr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbot.retrieval.store.StoreException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** ZooKeeper that does not answer: opening fails within the timeout, naming the setting to fix. */
class UnreachableClusterTest {

  @Test
  void anUnreachableZooKeeperIsReportedByTheSettingThatNamesIt() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }
    SolrSettings settings = SolrSettings.zk("127.0.0.1:" + port, null, "newsbot", 1, 1, Duration.ofSeconds(2));
    assertThatThrownBy(() -> SolrIndexStore.open(settings, 32))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot reach the Solr cluster at solr.zk-hosts=127.0.0.1:" + port + " within 2000 ms (")
        .hasMessageEndingWith("): start it, or correct solr.zk-hosts");
  }
}
