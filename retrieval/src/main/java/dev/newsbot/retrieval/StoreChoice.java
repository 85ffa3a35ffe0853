package dev.newsbot.retrieval;

import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.solr.SolrIndexStore;
import dev.newsbot.retrieval.store.solr.SolrSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the index lives: the SQLite file under the data folder (the default, one machine) or a
 * SolrCloud collection (docs/solr.md). The Solr password is never shown.
 */
public final class StoreChoice {

  /** The SQLite file {@code newsbot.db} under the data folder. */
  public static final StoreChoice SQLITE = new StoreChoice(null);

  private final SolrSettings solr;

  private StoreChoice(SolrSettings solr) {
    this.solr = solr;
  }

  /**
   * A SolrCloud collection, reached through ZooKeeper ({@code zkHosts}, "host:port,host:port[/chroot]")
   * or, when that is empty, Solr's URLs (comma-separated); made with {@code shards} × {@code replicas}
   * when missing. {@code user} empty means no authentication. No call waits longer than {@code timeout}.
   */
  public static StoreChoice solr(String zkHosts, String urls, String collection, String user, String password,
      int shards, int replicas, Duration timeout) {
    List<String> zk = List.of();
    String chroot = null;
    if (!zkHosts.isBlank()) {
      int slash = zkHosts.indexOf('/');
      chroot = slash < 0 ? null : zkHosts.substring(slash);
      zk = List.of((slash < 0 ? zkHosts : zkHosts.substring(0, slash)).split(","));
    }
    List<String> u = zk.isEmpty() ? List.of(urls.split(",")) : List.of();
    return new StoreChoice(new SolrSettings(zk, chroot, u, collection, shards, replicas,
        user.isEmpty() ? null : user, user.isEmpty() ? null : password, timeout));
  }

  /** Where it is, for messages: "sqlite" or the cluster and collection, never the password. */
  public String where() {
    return solr == null ? "sqlite" : solr.where();
  }

  /** The same cluster, reached the same way, with another collection (the benchmarks copy into one of their own). */
  public StoreChoice withCollection(String collection) {
    SolrSettings s = solrSettings();
    return new StoreChoice(new SolrSettings(s.zkHosts(), s.zkChroot(), s.urls(), collection, s.shards(), s.replicas(),
        s.user(), s.password(), s.timeout()));
  }

  /** Whether the index lives in SolrCloud. */
  public boolean isSolr() {
    return solr != null;
  }

  /**
   * The cluster and collection, for the benchmarks that open the collection's store beside the index.
   *
   * @throws IllegalStateException for the SQLite store
   */
  public SolrSettings solrSettings() {
    if (solr == null) {
      throw new IllegalStateException("the SQLite store has no Solr settings");
    }
    return solr;
  }

  IndexStore open(Path sqliteFile, int dimension) {
    return solr == null ? IndexStore.open(sqliteFile) : SolrIndexStore.open(solr, dimension);
  }

  /** Bytes of a SQLite index file with its write-ahead log and the term index beside it; -1 for none (Solr). */
  static long bytesOnDisk(Path file) {
    try {
      long bytes = Files.size(file);
      for (String sidecar : List.of("-wal", "-terms")) {
        Path p = file.resolveSibling(file.getFileName() + sidecar);
        if (Files.exists(p)) {
          try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
              bytes += Files.size(f);
            }
          }
        }
      }
      return bytes;
    } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
      return -1;
    }
  }

  @Override
  public String toString() {
    return solr == null ? "sqlite" : solr.toString();
  }
}
