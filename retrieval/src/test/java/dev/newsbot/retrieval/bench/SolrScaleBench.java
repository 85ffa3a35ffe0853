package dev.newsbot.retrieval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.QuestionFiles;
import dev.newsbot.retrieval.StoreChoice;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.store.solr.SolrSettings;
import dev.newsbot.retrieval.store.solr.SolrTestCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SolrBeside} against the test SolrCloud (MiniSolrCloudCluster: two Solr nodes and
 * ZooKeeper in this JVM, so the in-process figures include the cluster's work), with fresh
 * processes ({@link FreshAsker}, this test class path) for the bot's resident memory on each store.
 * Not a test of the normal run (its name ends in neither Test nor IT):
 * {@code mvn -o -pl retrieval test -Dtest=SolrScaleBench -Dsurefire.failIfNoSpecifiedTests=false},
 * with {@code -Dbench.passages} (100,000), {@code -Dbench.rounds} (2), {@code -Dbench.child-jvm}
 * ("-Xmx2g"; {@code -Dbench.child-jvm-solr} for the Solr process, the same by default) and {@code -Dbench.out} (target/solr-bench.md; ../docs/benchmarks.md puts it in its Solr section).
 */
class SolrScaleBench {

  private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(15);

  @Test
  void sqliteBesideSolr() throws Exception {
    int passages = Integer.getInteger("bench.passages", 100_000);
    int rounds = Integer.getInteger("bench.rounds", 2);
    String liteJvm = System.getProperty("bench.child-jvm", "-Xmx2g").trim();
    String cloudJvm = System.getProperty("bench.child-jvm-solr", liteJvm).trim();
    List<String> childJvm = List.of(liteJvm.split("\\s+"));
    List<String> solrJvm = List.of(cloudJvm.split("\\s+"));
    Path out = Path.of(System.getProperty("bench.out", "target/solr-bench.md"));
    List<EvalQuestion> questions = QuestionFiles.read("dev-questions.jsonl");
    assertThat(questions).isNotEmpty();
    SolrSettings s = SolrTestCluster.newCollection("bench");
    String zk = s.zkHosts().get(0) + s.zkChroot();
    StoreChoice solr = StoreChoice.solr(zk, "", s.collection(), "", "", s.shards(), s.replicas(), s.timeout());
    String command = "nice mvn -o -pl retrieval test -Dtest=SolrScaleBench -Dbench.passages=" + passages
        + " -Dbench.rounds=" + rounds + " -Dbench.child-jvm=\"" + liteJvm + "\""
        + (cloudJvm.equals(liteJvm) ? "" : " -Dbench.child-jvm-solr=\"" + cloudJvm + "\"")
        + " -Dbench.out=" + out + " -Dsurefire.failIfNoSpecifiedTests=false";
    try (BenchModel model = BenchModel.onnx(EmbeddingChoice.DEFAULT)) {
      SolrBeside bench = new SolrBeside(model, Path.of("../seeds"), Path.of("target/solr-bench"), passages, questions,
          rounds);
      String heading = Machine.heading(command) + "  \nCluster: MiniSolrCloudCluster of the retrieval tests, "
          + SolrTestCluster.NODES + " Solr nodes and ZooKeeper in the measuring JVM, a collection of " + s.shards()
          + " shards × " + s.replicas() + " replicas; the in-process rows include the cluster's work.  \n"
          + "Fresh processes: `java " + liteJvm + " -cp <the test class path> " + FreshAsker.class.getName() + "`"
          + (cloudJvm.equals(liteJvm) ? "" : " (the one on Solr with `" + cloudJvm + "` instead)")
          + ", which opens the index as `ask` does (model " + model.key()
          + ") and answers the questions of its standard input; peak resident is its VmHWM, read every 5 ms and by the process itself after its last answer.";
      String section = bench.run(solr,
          fresh(childJvm, List.of(bench.data().toString(), model.key())),
          fresh(solrJvm, List.of(bench.data().resolveSibling("unused").toString(), model.key(), zk, s.collection())),
          heading);
      SolrBeside.SECTION.write(out, "# Benchmarks", section);
      System.out.println(section);
    }
  }

  /** A fresh {@link FreshAsker} with these JVM options and arguments. */
  private static SolrBeside.FreshProcess fresh(List<String> jvm, List<String> arguments) {
    return questions -> {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvm);
      command.add("-cp");
      command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
      command.add(FreshAsker.class.getName());
      command.addAll(arguments);
      Path input = Files.createTempFile("newsbot-bench", ".txt");
      Path log = Files.createTempFile("newsbot-bench", ".log");
      try {
        Files.write(input, questions.stream().map(q -> q.replace('\n', ' ')).toList(), StandardCharsets.UTF_8);
        PeakResident.Run run = PeakResident.watch(new ProcessBuilder(command).redirectInput(input.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()), log, CHILD_TIMEOUT);
        String said = Files.readString(log);
        System.out.println("fresh process: " + said.lines().reduce((a, b) -> b).orElse("") + "; polled peak "
            + run.peakMb() + " MB");
        assertThat(said).contains(questions.size() + " questions answered");
        java.util.regex.Matcher own = java.util.regex.Pattern.compile("VmHWM: (\\d+) kB").matcher(said);
        long ownMb = own.find() ? Long.parseLong(own.group(1)) / 1024 : -1;
        return new PeakResident.Run(run.seconds(), Math.max(run.peakMb(), ownMb)); // its own last reading, if higher
      } finally {
        Files.deleteIfExists(input);
        Files.deleteIfExists(log);
      }
    };
  }
}
