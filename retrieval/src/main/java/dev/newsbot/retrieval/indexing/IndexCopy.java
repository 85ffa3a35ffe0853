package dev.newsbot.retrieval.indexing;

import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.ingest.Chunk;
import dev.newsbot.retrieval.ingest.IssueMeta;
import dev.newsbot.retrieval.ingest.IssueParser;
import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.IssueWrite;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredIssue;
import dev.newsbot.retrieval.store.StoredVectors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a SQLite index into another store (SolrCloud), issue by issue in commits of
 * {@link #BATCH}: each issue's stored text is parsed again and its stored vectors are kept for
 * the passages whose spans are unchanged (only the others are embedded). Issues the target holds
 * with the same content hash are skipped, so a copy that stopped half way is run again to finish.
 */
public final class IndexCopy {

  /** Issues per commit into the target: progress is visible and an interrupted copy keeps what it wrote. */
  static final int BATCH = 20;

  private IndexCopy() {}

  /** Copies {@code source} (read from the SQLite file {@code sourceFile}) into {@code target}; returns issues copied. */
  public static int copy(Corpus source, Path sourceFile, IndexStore target, Embedder embedder, IndexProgress progress) {
    Map<Long, List<StoredChunk>> chunksByIssue = new HashMap<>();
    for (StoredChunk c : source.chunks()) {
      chunksByIssue.computeIfAbsent(c.issue().id(), k -> new ArrayList<>()).add(c);
    }
    Map<String, String> there = target.issueHashes();
    List<StoredIssue> todo = source.issues().stream()
        .filter(i -> !i.sha256().equals(there.get(i.file()))).toList();
    List<IssueWrite> batch = new ArrayList<>();
    int done = 0;
    for (StoredIssue issue : todo) {
      progress.update("copying", done, todo.size());
      batch.add(write(issue, chunksByIssue.getOrDefault(issue.id(), List.of()), sourceFile, embedder));
      done++;
      if (batch.size() == BATCH || done == todo.size()) {
        target.commit(List.of(), batch, Map.of(), embedder.modelKey());
        batch.clear();
      }
    }
    progress.update("copying", done, todo.size());
    return done;
  }

  private static IssueWrite write(StoredIssue issue, List<StoredChunk> stored, Path sourceFile, Embedder embedder) {
    Indexer.Chunked c = Indexer.Chunked.of(IssueParser.parse(issue.file(), issue.text(),
        new IssueMeta(issue.paper(), issue.date(), issue.dateInferred())));
    Map<String, Long> idBySpan = new HashMap<>();
    for (StoredChunk s : stored) {
      idBySpan.put(s.start() + ":" + s.end(), s.id());
    }
    Map<Long, float[]> kept = StoredVectors.read(sourceFile, idBySpan.values());
    List<float[]> vectors = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (int k = 0; k < c.chunks().size(); k++) {
      Chunk chunk = c.chunks().get(k);
      float[] v = kept.get(idBySpan.get(chunk.start() + ":" + chunk.end()));
      vectors.add(v);
      if (v == null) {
        missing.add(k);
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> fresh = embedder.embedPassages(missing.stream().map(k -> c.embedTexts().get(k)).toList());
      for (int m = 0; m < missing.size(); m++) {
        vectors.set(missing.get(m), fresh.get(m));
      }
    }
    return new IssueWrite(c.issue(), issue.sha256(), c.chunks(), c.terms(), vectors);
  }
}
