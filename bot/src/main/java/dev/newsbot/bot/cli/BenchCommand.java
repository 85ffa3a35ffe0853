package dev.newsbot.bot.cli;

import dev.newsbot.bot.bench.Benchmark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  @Option(names = "--out", defaultValue = "docs/benchmarks.md", description = "Where the table goes.")
  Path out;

  @Override
  public Integer call() throws Exception {
    String command = "java -Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024 * 1024) + "g -jar bot/target/newsbot.jar"
        + " bench" + (skipSeed ? " --skip-seed" : "") + " --scales "
        + String.join(",", scales.stream().map(String::valueOf).toList()) + " --rounds " + rounds + " --work " + work;
    String table = new Benchmark(parent.config().seedsDir(), work, EvalCommand.read(questions), rounds, loadSeconds)
        .run(skipSeed, scales, command);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, "# Benchmarks\n\n" + table, StandardCharsets.UTF_8);
    System.out.println("written to " + out);
    return 0;
  }
}
