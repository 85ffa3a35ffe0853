package dev.newsbot.bot.cli;

import dev.newsbot.bot.bench.Benchmark;
import dev.newsbot.bot.bench.SolrBench;
import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.config.Setting;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code bench}: the speed and scale figures of docs/benchmarks.md, from one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Run the benchmarks and write docs/benchmarks.md (minutes; 1M passages: an hour).")
final class BenchCommand implements Callable<Integer> {

  @ParentCommand
  NewsbotCommand parent;

  @Option(names = "--scales", split = ",", defaultValue = "100000,1000000",
      description = "Synthetic corpus sizes in passages (default: ${DEFAULT-VALUE}).")
  List<Integer> scales;

  @Option(names = "--rounds", defaultValue = "3", description = "Rounds over the dev questions per timing.")
  int rounds;

  @Option(names = "--load-seconds", defaultValue = "15", description = "Length of the sustained-load run.")
  int loadSeconds;

  @Option(names = "--skip-seed", description = "Skip the seed-scale part with the real model.")
  boolean skipSeed;

  @Option(names = "--questions", defaultValue = "retrieval/src/test/resources/dev-questions.jsonl",
      description = "Questions to time (default: ${DEFAULT-VALUE}).")
  Path questions;

  @Option(names = "--work", defaultValue = "target/bench", description = "Work folder (indexes are kept and reused).")
  Path work;

  @Option(names = "--out", defaultValue = "docs/benchmarks.md",
      description = "The file whose part between this run's markers is rewritten; the rest is kept.")
  Path out;

  @Option(names = "--store", defaultValue = "sqlite", description = "sqlite: the tables of the SQLite store (default);"
      + " solr: SQLite beside the SolrCloud the solr.* settings name, at each of --scales.")
  String store;

  @Override
  public Integer call() throws Exception {
    if (!store.equals("sqlite") && !store.equals("solr")) {
      throw new UserError("--store is sqlite or solr, not '" + store + "'");
    }
    String jvm = "java -Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024 * 1024) + "g -jar bot/target/newsbot.jar";
    String scaleList = String.join(",", scales.stream().map(String::valueOf).toList());
    Config config = parent.config();
    if (store.equals("solr")) {
      if (config.solrCluster().isEmpty()) {
        throw new UserError(NO_CLUSTER);
      }
      String command = jvm + " bench --store solr --scales " + scaleList + " --rounds " + rounds + " --work " + work;
      String sections = new SolrBench(config).run(config.seedsDir(), work, scales, EvalCommand.read(questions), rounds,
          command);
      SolrBench.write(out, sections);
    } else {
      String command = jvm + " bench" + (skipSeed ? " --skip-seed" : "") + " --scales " + scaleList + " --rounds "
          + rounds + " --work " + work;
      String table = new Benchmark(config.seedsDir(), work, EvalCommand.read(questions), rounds, loadSeconds)
          .run(skipSeed, scales, command);
      Benchmark.write(out, table);
    }
    System.out.println("written to " + out);
    return 0;
  }

  static final String NO_CLUSTER = "bench --store solr measures a SolrCloud beside SQLite, and the settings name none:"
      + " set " + Setting.SOLR_ZK_HOSTS.key() + " (" + Setting.SOLR_ZK_HOSTS.envName() + ", e.g. zk1:2181,zk2:2181/solr)"
      + " or " + Setting.SOLR_URLS.key() + " (" + Setting.SOLR_URLS.envName() + ", e.g. http://solr1:8983/solr), and "
      + Setting.SOLR_COLLECTION.key() + " (" + Setting.SOLR_COLLECTION.envName() + "); the bench copies its archive"
      + " into a collection of its own beside it, <" + Setting.SOLR_COLLECTION.key() + ">_bench_<passages>";
}
