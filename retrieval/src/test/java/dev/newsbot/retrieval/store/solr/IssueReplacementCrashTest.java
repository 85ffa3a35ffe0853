package dev.newsbot.retrieval.store.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStoreContract;
import dev.newsbot.retrieval.store.IssueWrite;
import dev.newsbot.retrieval.store.ScoredId;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredIssue;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A writer killed between any two steps of a commit (after reserving, after writing the new
 * versions, after the flip, after the sweep) leaves a fresh reader the old index or the new one,
 * whole, never a mix; the next commit sweeps what the killed one left.
 */
class IssueReplacementCrashTest {

  private static final String A = "000_6a32f752367869b0.txt";
  private static final String B = "001_4237cd71e9e911f0.txt";
  private static final String C = "002_a6ff651a8bc0a567.txt";
  private static final String MODEL = IndexStoreContract.EMBEDDER.modelKey();

  private static SolrSettings settings;

  /** What the killed writer stops with. */
  private static final class Killed extends RuntimeException {
    Killed(Replacement.Step step) {
      super("killed after " + step);
    }
  }

  @BeforeAll
  static void collection() {
    settings = SolrTestCluster.newCollection("crash");
  }

  @Test
  void aWriterKilledBetweenAnyTwoStepsLeavesTheOldOrTheNewIndexWhole() throws IOException {
    IssueWrite a = IndexStoreContract.write(A);
    IssueWrite b = IndexStoreContract.write(B);
    IssueWrite c = IndexStoreContract.write(C);
    IssueWrite aAgain = new IssueWrite(a.issue(), "new-" + a.sha256(), a.chunks(), a.terms(), a.vectors());
    Map<String, String> oldHashes = Map.of(A, a.sha256(), B, b.sha256());
    Map<String, String> newHashes = Map.of(A, aAgain.sha256(), C, c.sha256());
    try (SolrIndexStore store = SolrIndexStore.open(settings, IndexStoreContract.EMBEDDER.dimension())) {
      store.commit(List.of(), List.of(a, b), Map.of(), MODEL);
    }
    Fingerprint old = fingerprint();
    assertThat(old.hashes()).isEqualTo(oldHashes);
    assertThat(old.chunks()).isEqualTo(a.chunks().size() + b.chunks().size());

    for (Replacement.Step step : Replacement.Step.values()) {
      try (SolrIndexStore writer = SolrIndexStore.open(settings, IndexStoreContract.EMBEDDER.dimension(), s -> {
        if (s == step) {
          throw new Killed(s);
        }
      })) {
        assertThatThrownBy(() -> writer.commit(List.of(B), List.of(aAgain, c), Map.of(), MODEL))
            .isInstanceOf(Killed.class).hasMessage("killed after " + step);
      }
      Fingerprint seen = fingerprint();
      boolean flipped = step.compareTo(Replacement.Step.FLIPPED) >= 0;
      assertThat(seen.hashes()).as(step.name()).isEqualTo(flipped ? newHashes : oldHashes);
      assertThat(seen.chunks()).as(step.name())
          .isEqualTo(flipped ? a.chunks().size() + c.chunks().size() : old.chunks());
      assertThat(seen.chunkFiles()).as(step.name()).isEqualTo(flipped ? Set.of(A, C) : Set.of(A, B));
      assertThat(seen.snowHits()).as(step.name()).isNotEmpty().allSatisfy(f -> assertThat(f).isEqualTo(A));

      // the next run commits over whatever the killed one left, and sweeps it
      try (SolrIndexStore store = SolrIndexStore.open(settings, IndexStoreContract.EMBEDDER.dimension())) {
        store.commit(List.of(C), List.of(a, b), Map.of(), MODEL);
      }
      Fingerprint back = fingerprint();
      assertThat(back.hashes()).as(step.name()).isEqualTo(oldHashes);
      assertThat(back.documents()).as("only the current versions are left after " + step)
          .isEqualTo(old.chunks() + 2 + 1);
    }
  }

  private record Fingerprint(Map<String, String> hashes, int chunks, Set<String> chunkFiles, List<String> snowHits,
      long documents) {}

  /** What a fresh reader sees. */
  private static Fingerprint fingerprint() {
    try (SolrIndexStore reader = SolrIndexStore.open(settings, IndexStoreContract.EMBEDDER.dimension())) {
      Corpus corpus = reader.load();
      Map<Long, StoredChunk> byId = corpus.chunksById();
      List<ScoredId> snow = reader.match(List.of("积雪"), 50);
      List<String> snowFiles = snow.stream().map(h -> byId.get(h.id()).issue().file()).toList();
      long docs = SolrTestCluster.get().getSolrClient()
          .query(settings.collection(), new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
      assertThat(corpus.issues().stream().map(StoredIssue::file).collect(Collectors.toSet()))
          .isEqualTo(reader.issueHashes().keySet());
      return new Fingerprint(reader.issueHashes(), corpus.chunks().size(),
          corpus.chunks().stream().map(ch -> ch.issue().file()).collect(Collectors.toSet()), snowFiles, docs);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
