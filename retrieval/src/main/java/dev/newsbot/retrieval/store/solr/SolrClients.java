package dev.newsbot.retrieval.store.solr;

import dev.newsbot.retrieval.store.StoreException;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;

/** The SolrJ client for the settings, with a timeout on every call, and the collection made when missing. */
final class SolrClients {

  private SolrClients() {}

  /** A client connected to the cluster; fails with a message naming the setting when the cluster cannot be reached. */
  static CloudSolrClient connect(SolrSettings s) {
    int ms = (int) s.timeout().toMillis();
    Http2SolrClient.Builder http = new Http2SolrClient.Builder()
        .withConnectionTimeout(ms, TimeUnit.MILLISECONDS)
        .withIdleTimeout(ms, TimeUnit.MILLISECONDS)
        .withRequestTimeout(ms, TimeUnit.MILLISECONDS);
    if (s.user() != null) {
      http.withBasicAuthCredentials(s.user(), s.password());
    }
    CloudSolrClient.Builder b = s.zkHosts().isEmpty() ? new CloudSolrClient.Builder(s.urls())
        : new CloudSolrClient.Builder(s.zkHosts(), Optional.ofNullable(s.zkChroot()));
    CloudSolrClient client = b.withInternalClientBuilder(http)
        .withZkConnectTimeout(ms, TimeUnit.MILLISECONDS)
        .withZkClientTimeout(ms, TimeUnit.MILLISECONDS)
        .withDefaultCollection(s.collection())
        .build();
    try {
      client.getClusterStateProvider().getLiveNodes();
      return client;
    } catch (RuntimeException e) {
      try {
        client.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      String setting = s.zkHosts().isEmpty() ? "solr.urls=" + String.join(",", s.urls())
          : "solr.zk-hosts=" + String.join(",", s.zkHosts());
      throw new StoreException("cannot reach the Solr cluster at " + setting + " within " + ms + " ms (" + e.getMessage()
          + "): start it, or correct " + setting.substring(0, setting.indexOf('=')), e);
    }
  }

  /** Creates the collection with newsbot's configset when the cluster has no collection of that name. */
  static void ensureCollection(CloudSolrClient client, SolrSettings s, Configset configset)
      throws SolrServerException, IOException {
    if (CollectionAdminRequest.listCollections(client).contains(s.collection())) {
      return;
    }
    configset.ensureUploaded(client);
    CollectionAdminRequest.Create create =
        CollectionAdminRequest.createCollection(s.collection(), configset.name(), s.shards(), s.replicas());
    create.setWaitForFinalState(true);
    create.process(client);
  }
}
