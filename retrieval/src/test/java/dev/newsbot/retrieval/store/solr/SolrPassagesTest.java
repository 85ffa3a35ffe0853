package dev.newsbot.retrieval.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.IndexStoreContract;
import dev.newsbot.retrieval.store.IssueWrite;
import dev.newsbot.retrieval.store.PassageSource;
import dev.newsbot.retrieval.store.ScoredId;
import dev.newsbot.retrieval.store.StoredArticle;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredIssue;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Solr store's outline holds no passage, and its passage source (knn, passages by id, an
 * article's passages, an issue's text) gives what the whole snapshot of a SQLite store holding
 * the same five seed issues gives. Passage ids differ between the stores: passages are compared
 * by issue and span.
 */
class SolrPassagesTest {

  private static final List<String> QUESTIONS = List.of("株洲市区积雪有多厚", "报亭社区剪纸活动", "公安局队伍建设",
      "春节期间的文化活动", "交通安全");

  @TempDir
  static Path dir;

  static IndexStore sqlite;
  static SolrIndexStore solr;
  static Corpus whole;
  static Corpus outline;
  static PassageSource memory;
  static PassageSource remote;

  @BeforeAll
  static void storeTheSeedsInBoth() throws IOException {
    List<IssueWrite> writes = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        writes.add(IndexStoreContract.write(f.getFileName().toString()));
      }
    }
    assertThat(writes).hasSize(5);
    sqlite = IndexStore.open(dir.resolve("newsbot.db"));
    sqlite.commit(List.of(), writes, Map.of(), IndexStoreContract.EMBEDDER.modelKey());
    solr = SolrIndexStore.open(SolrTestCluster.newCollection("passages"), IndexStoreContract.EMBEDDER.dimension());
    solr.commit(List.of(), writes, Map.of(), IndexStoreContract.EMBEDDER.modelKey());
    whole = sqlite.outline();
    memory = sqlite.passages(whole);
    outline = solr.outline();
    remote = solr.passages(outline);
  }

  @AfterAll
  static void close() {
    sqlite.close();
    solr.close();
  }

  @Test
  void theOutlineHoldsIssuesArticlesAndTermCountsButNoPassage() {
    assertThat(whole.chunks()).hasSize(whole.passageCount()).isNotEmpty();
    assertThat(outline.chunks()).isEmpty();
    assertThat(outline.vectors().size()).isZero();
    assertThat(outline.issues()).allSatisfy(i -> assertThat(i.text()).isNull());
    assertThat(outline.passageCount()).isEqualTo(whole.passageCount());
    assertThat(outline.issues()).extracting(StoredIssue::file, StoredIssue::sha256, StoredIssue::chunks)
        .isEqualTo(whole.issues().stream().map(i -> org.assertj.core.groups.Tuple.tuple(i.file(), i.sha256(),
            i.chunks())).toList());
    assertThat(titles(outline.articles().values().stream().flatMap(List::stream).toList()))
        .containsExactlyInAnyOrderElementsOf(titles(whole.articles().values().stream().flatMap(List::stream)
            .toList()));
    assertThat(outline.termDocs()).isEqualTo(whole.termDocs());
    assertThat(outline.modelKey()).isEqualTo(IndexStoreContract.EMBEDDER.modelKey());
  }

  @Test
  void knnFindsThePassagesExactSearchFinds() {
    for (String question : QUESTIONS) {
      float[] unit = VectorIndex.unit(IndexStoreContract.EMBEDDER.embedQuery(question));
      List<PassageSource.Near> exact = memory.nearest(unit, 10, null);
      List<PassageSource.Near> knn = remote.nearest(unit, 10, null);
      assertThat(exact).as(question).hasSize(10);
      assertThat(spans(remote, ids(knn))).as(question).isEqualTo(spans(memory, ids(exact)));
      for (int k = 0; k < exact.size(); k++) {
        assertThat(knn.get(k).similarity()).isCloseTo(exact.get(k).similarity(), Offset.offset(1e-5f));
      }
      assertThat(remote.similarities(chunks(remote, ids(knn)), unit))
          .containsExactly(memory.similarities(chunks(memory, ids(exact)), unit), Offset.offset(1e-6));
    }
  }

  @Test
  void aFilterOfIssuesKeepsTheSearchToThem() {
    StoredIssue first = outline.issues().get(0);
    StoredIssue sameInSqlite = whole.issue(first.file());
    float[] unit = VectorIndex.unit(IndexStoreContract.EMBEDDER.embedQuery(QUESTIONS.get(0)));
    List<PassageSource.Near> knn = remote.nearest(unit, 50, Set.of(first.id()));
    assertThat(knn).hasSize(Math.min(50, first.chunks()));
    assertThat(chunks(remote, ids(knn))).allSatisfy(c -> assertThat(c.issue().file()).isEqualTo(first.file()));
    assertThat(spans(remote, ids(knn))).isEqualTo(spans(memory, ids(memory.nearest(unit, 50,
        Set.of(sameInSqlite.id())))));
    List<ScoredId> lexical = solr.match(List.of("社区", "活动"), 50);
    assertThat(lexical).isNotEmpty();
    List<ScoredId> kept = remote.within(lexical, Set.of(first.id()));
    assertThat(kept).isNotEmpty().hasSizeLessThan(lexical.size());
    assertThat(chunks(remote, kept.stream().map(ScoredId::id).toList()))
        .allSatisfy(c -> assertThat(c.issue().file()).isEqualTo(first.file()));
  }

  @Test
  void passagesReadByIdCarryTheirTextArticleAndNeighbours() {
    float[] unit = VectorIndex.unit(IndexStoreContract.EMBEDDER.embedQuery(QUESTIONS.get(1)));
    List<Long> ids = ids(remote.nearest(unit, 10, null));
    List<StoredChunk> read = chunks(remote, ids);
    List<StoredChunk> again = chunks(remote, ids);
    for (int k = 0; k < read.size(); k++) {
      StoredChunk c = read.get(k);
      assertThat(again.get(k)).as("one object per passage while its issue is kept").isSameAs(c);
      StoredChunk inSqlite = whole.chunks().stream().filter(x -> x.issue().file().equals(c.issue().file())
          && x.start() == c.start() && x.end() == c.end()).findFirst().orElseThrow();
      assertThat(c.text()).isEqualTo(inSqlite.text());
      assertThat(c.article().title()).isEqualTo(inSqlite.article().title());
      assertThat(c.article().fullText()).isEqualTo(inSqlite.article().fullText());
      List<StoredChunk> neighbours = remote.sameArticle(c);
      assertThat(neighbours).contains(c);
      assertThat(neighbours.stream().map(StoredChunk::text).toList())
          .isEqualTo(memory.sameArticle(inSqlite).stream().map(StoredChunk::text).toList());
    }
    assertThat(remote.passages(List.of(-1L))).isEmpty();
  }

  @Test
  void anIssueIsReadWholeWithItsText() {
    for (StoredIssue i : outline.issues()) {
      PassageSource.WholeIssue w = remote.whole(i);
      StoredIssue inSqlite = whole.issue(i.file());
      assertThat(w.issue().text()).isEqualTo(inSqlite.text());
      assertThat(titles(w.articles())).isEqualTo(titles(whole.articles().get(inSqlite.id())));
    }
  }

  private static List<Long> ids(List<PassageSource.Near> near) {
    return near.stream().map(PassageSource.Near::id).toList();
  }

  private static List<StoredChunk> chunks(PassageSource source, Collection<Long> ids) {
    Map<Long, StoredChunk> byId = source.passages(ids);
    assertThat(byId).hasSize(ids.size());
    return ids.stream().map(byId::get).toList();
  }

  private static List<String> spans(PassageSource source, List<Long> ids) {
    return chunks(source, ids).stream().map(c -> c.issue().file() + ":" + c.start() + "-" + c.end()).toList();
  }

  private static List<String> titles(List<StoredArticle> articles) {
    return articles.stream().map(a -> a.ordinal() + " " + a.title()).toList();
  }
}
