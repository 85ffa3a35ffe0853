package dev.newsbot.bot.bench;

import dev.newsbot.bot.config.Config;
import dev.newsbot.retrieval.StoreChoice;
import dev.newsbot.retrieval.bench.BenchModel;
import dev.newsbot.retrieval.bench.Machine;
import dev.newsbot.retrieval.bench.SolrBeside;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.eval.EvalQuestion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench --store solr}: the SQLite store beside the SolrCloud the solr.* settings name
 * ({@link SolrBeside}), at each scale. The archive is copied into a collection of its own,
 * {@code <solr.collection>_bench_<passages>}, never into the bot's; the fresh bot processes are
 * this jar's {@code ask --json}, on SQLite and on that collection.
 */
public final class SolrBench {

  /** Heap of the fresh {@code ask} processes, as in the SQLite scale rows. */
  private static final String CHILD_HEAP = "-Xmx2g";

  private final Config config;

  public SolrBench(Config config) {
    this.config = config;
  }

  /** Writes {@code sections} into the Solr part of {@code file} (docs/benchmarks.md), keeping the rest. */
  public static void write(Path file, String sections) throws java.io.IOException {
    SolrBeside.SECTION.write(file, "# Benchmarks", sections);
  }

  /** The collection a run at {@code passages} copies into. */
  public static String collection(Config config, int passages) {
    return config.solrCollection() + "_bench_" + passages;
  }

  /** Runs at each scale; returns the sections, one after the other. */
  public String run(Path seeds, Path work, List<Integer> scales, List<EvalQuestion> questions, int rounds,
      String command) throws Exception {
    StoreChoice cluster = config.solrCluster().orElseThrow();
    List<String> sections = new ArrayList<>();
    try (BenchModel model = BenchModel.onnx(EmbeddingChoice.DEFAULT)) {
      for (int passages : scales) {
        String collection = collection(config, passages);
        SolrBeside bench = new SolrBeside(model, seeds, work, passages, questions, rounds);
        AskProcess sqlite = new AskProcess(bench.data(), model.key(), List.of(CHILD_HEAP));
        AskProcess solr = new AskProcess(bench.data().resolveSibling("solr-data"), model.key(), List.of(CHILD_HEAP),
            config.solrEnvironment(collection));
        String heading = Machine.heading(command) + "  \n" + String.format(Locale.ROOT, "Cluster: %s (the bench's"
                + " collection beside the bot's).  \n", cluster.withCollection(collection).where())
            + "Fresh processes: `java " + CHILD_HEAP + " -jar bot/target/newsbot.jar ask --json` with store.type"
            + " sqlite, then solr; peak resident is their VmHWM, read every 5 ms.";
        sections.add(bench.run(cluster.withCollection(collection), sqlite::askEach, solr::askEach, heading));
      }
    }
    return String.join("\n", sections);
  }
}
