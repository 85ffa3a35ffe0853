package dev.newsbot.retrieval.bench;

import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.StoreChoice;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.store.solr.SolrTestCluster;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fresh process of {@link SolrScaleBench}, started with the test class path (the cluster's
 * ZooKeeper lives in the measuring JVM): opens the index as the bot's {@code ask} does (model
 * loaded by its setting, the store named by the settings) and answers the questions of standard
 * input, one a line; at the end it prints its own VmHWM line to standard error.
 *
 * <p>Arguments: {@code DATA_DIR MODEL_KEY} for the SQLite store, {@code DATA_DIR MODEL_KEY ZK_HOST COLLECTION}
 * for the test SolrCloud.
 */
final class FreshAsker {

  private FreshAsker() {}

  public static void main(String[] args) throws Exception {
    StoreChoice where = args.length < 4 ? StoreChoice.SQLITE : StoreChoice.solr(args[2], "", args[3], "", "",
        SolrTestCluster.SHARDS, SolrTestCluster.REPLICAS, SolrTestCluster.TIMEOUT);
    int answered = 0;
    try (NewsIndex index = NewsIndex.open(Path.of(args[0]), EmbeddingChoice.fromKey(args[1]), SearchMode.HYBRID,
        "bench", where)) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String question; (question = in.readLine()) != null; ) {
        System.out.println(index.ask(question).outcome());
        answered++;
      }
    }
    String peak = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
        .findFirst().orElse("VmHWM: unknown");
    System.err.println(answered + " questions answered; " + peak.replaceAll("\\s+", " "));
  }
}
