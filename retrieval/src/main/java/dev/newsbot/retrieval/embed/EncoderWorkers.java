package dev.newsbot.retrieval.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** A single-threaded session and one worker per core, each running one text at a time (see {@link ParallelEncoder}). */
final class EncoderWorkers {

  /** One text's vector from one run of a session. */
  interface Run {
    float[] vector(OrtSession on, Encoding text);
  }

  private final OrtSession single;
  private final int cores;
  private final Run run;
  private final ExecutorService pool;

  /** @param name the workers' thread names start with it */
  EncoderWorkers(OrtSession single, int cores, String name, Run run) {
    this.single = single;
    this.cores = cores;
    this.run = run;
    AtomicInteger named = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(cores, r -> {
      Thread t = new Thread(r, name + "-" + named.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Fills {@code vectors}; the longest texts go first so that the workers finish together. */
  void embed(Encoding[] encodings, float[][] vectors) {
    int[] order = IntStream.range(0, encodings.length).boxed()
        .sorted(Comparator.comparingInt((Integer i) -> ParallelEncoder.tokens(encodings[i])).reversed())
        .mapToInt(Integer::intValue)
        .toArray();
    AtomicInteger next = new AtomicInteger();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int w = 0; w < Math.min(cores, encodings.length); w++) {
      tasks.add(() -> {
        for (int k = next.getAndIncrement(); k < order.length; k = next.getAndIncrement()) {
          vectors[order[k]] = run.vector(single, encodings[order[k]]);
        }
        return null;
      });
    }
    List<Future<Void>> done = new ArrayList<>();
    try {
      done = pool.invokeAll(tasks);
      for (Future<Void> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      done.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding " + encodings.length
          + " texts", e);
    } catch (ExecutionException e) {
      next.set(order.length); // the other workers stop after their current text
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  void close() {
    pool.shutdownNow();
    ParallelEncoder.closeQuietly(single);
  }
}
