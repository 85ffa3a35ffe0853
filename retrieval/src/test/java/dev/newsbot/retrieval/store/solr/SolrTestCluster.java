package dev.newsbot.retrieval.store.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * One real SolrCloud for every Solr test of the run: an embedded ZooKeeper and two Solr nodes on
 * 127.0.0.1, started on first use and stopped when the test JVM ends. Each test class has a
 * collection of its own, two shards of two replicas each, so that every shard has a copy on
 * both nodes.
 */
public final class SolrTestCluster {

  public static final int NODES = 2;
  public static final int SHARDS = 2;
  public static final int REPLICAS = 2;
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final AtomicInteger COLLECTIONS = new AtomicInteger();
  private static MiniSolrCloudCluster cluster;

  private SolrTestCluster() {}

  /** The cluster, started when first asked for. */
  public static synchronized MiniSolrCloudCluster get() {
    if (cluster == null) {
      try {
        Path base = Files.createTempDirectory("newsbot-solr");
        System.setProperty("solr.allowPaths", base.toString());
        cluster = new MiniSolrCloudCluster.Builder(NODES, base).build();
        MiniSolrCloudCluster started = cluster;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            started.shutdown();
          } catch (Exception e) {
            // the JVM is ending
          }
          deleteTree(base);
        }));
      } catch (Exception e) {
        throw new IllegalStateException("cannot start the test SolrCloud: " + e.getMessage(), e);
      }
    }
    return cluster;
  }

  /** Settings for a collection no other test class uses (the store creates it on first open). */
  public static SolrSettings newCollection(String prefix) {
    return settings(prefix + "_" + COLLECTIONS.incrementAndGet());
  }

  /** Settings for the named collection of the test cluster, through its ZooKeeper. */
  public static SolrSettings settings(String collection) {
    return SolrSettings.zk(get().getZkServer().getZkHost(), "/solr", collection, SHARDS, REPLICAS, TIMEOUT);
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (Exception e) {
      // a temporary folder
    }
  }
}
