package dev.newsbot.retrieval.store.solr;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where the SolrCloud collection is and how to reach it. Either ZooKeeper hosts or Solr base URLs
 * name the cluster; the password is never shown.
 *
 * @param zkHosts    ZooKeeper {@code host:port} entries, empty when {@code urls} are used
 * @param zkChroot   ZooKeeper chroot ("/solr"), or null for none
 * @param urls       Solr base URLs ({@code http://host:8983/solr}), empty when {@code zkHosts} are used
 * @param collection the collection's name; created with {@code shards} × {@code replicas} when missing
 * @param user       basic-auth user, or null
 * @param password   basic-auth password, or null
 * @param timeout    the longest any one call to the cluster may take
 */
public record SolrSettings(List<String> zkHosts, String zkChroot, List<String> urls, String collection, int shards,
    int replicas, String user, String password, Duration timeout) {

  public SolrSettings {
    zkHosts = List.copyOf(zkHosts);
    urls = List.copyOf(urls);
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(timeout, "timeout");
    if (zkHosts.isEmpty() == urls.isEmpty()) {
      throw new IllegalArgumentException("name the cluster by ZooKeeper hosts or by Solr URLs, one of the two");
    }
  }

  /** A cluster known by its ZooKeeper ensemble, without authentication. */
  public static SolrSettings zk(String zkHost, String chroot, String collection, int shards, int replicas,
      Duration timeout) {
    return new SolrSettings(List.of(zkHost.split(",")), chroot, List.of(), collection, shards, replicas, null, null,
        timeout);
  }

  /** Where the cluster is, for messages: the ZooKeeper hosts or URLs and the collection, never the password. */
  public String where() {
    String cluster = zkHosts.isEmpty() ? String.join(",", urls)
        : String.join(",", zkHosts) + (zkChroot == null ? "" : zkChroot);
    return "solr:" + cluster + "/" + collection;
  }

  @Override
  public String toString() {
    return "SolrSettings[" + where() + ", shards=" + shards + ", replicas=" + replicas + ", user=" + user
        + ", password=" + (password == null ? "none" : "****") + ", timeout=" + timeout + "]";
  }
}
