package dev.newsbot.retrieval.store;

import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.ingest.Article;
import dev.newsbot.retrieval.ingest.Chunk;
import dev.newsbot.retrieval.ingest.Chunker;
import dev.newsbot.retrieval.ingest.IssueMeta;
import dev.newsbot.retrieval.ingest.IssueParser;
import dev.newsbot.retrieval.ingest.ParsedIssue;
import dev.newsbot.retrieval.ingest.PassageText;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.text.Tokenizer;
import dev.newsbot.retrieval.text.Whitespace;
import dev.newsbot.retrieval.vectors.VectorIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link IndexStore} must do; each implementation's test extends this. */
public abstract class IndexStoreContract {

  static final Path SEEDS = Path.of("../seeds");
  public static final HashingEmbedder EMBEDDER = new HashingEmbedder(32);

  @TempDir
  Path dir;

  IndexStore store;

  /** A new, empty store in {@code dir}. */
  abstract IndexStore newStore(Path dir);

  @BeforeEach
  void open() {
    store = newStore(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  public static IssueWrite write(String file) throws IOException {
    String text = Files.readString(SEEDS.resolve(file));
    ParsedIssue issue = IssueParser.parse(file, text, new IssueMeta("株洲日报", LocalDate.of(2024, 1, 21), false));
    List<Chunk> chunks = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    List<String> embed = new ArrayList<>();
    for (Article a : issue.articles()) {
      for (Chunk c : Chunker.chunk(text, a)) {
        chunks.add(c);
        String searchable = PassageText.forEmbedding(a.title(), c.text());
        terms.add(Tokenizer.indexTerms(Folding.fold(searchable)));
        embed.add(searchable);
      }
    }
    return new IssueWrite(issue, "hash-" + file, chunks, terms, EMBEDDER.embedPassages(embed));
  }

  @Test
  void aNewStoreIsEmpty() {
    Corpus c = store.load();
    assertThat(c.issues()).isEmpty();
    assertThat(c.chunks()).isEmpty();
    assertThat(store.issueHashes()).isEmpty();
    assertThat(store.embeddingModel()).isEmpty();
    assertThat(store.generation()).isZero();
  }

  @Test
  void aCommitIsReadBackWithExactSpans() throws IOException {
    IssueWrite w = write("000_6a32f752367869b0.txt");
    store.commit(List.of(), List.of(w), Map.of(), EMBEDDER.modelKey());
    assertThat(store.issueHashes()).containsExactly(Map.entry("000_6a32f752367869b0.txt", "hash-000_6a32f752367869b0.txt"));
    assertThat(store.embeddingModel()).contains(EMBEDDER.modelKey());
    Corpus c = store.load();
    assertThat(c.issues()).hasSize(1);
    StoredIssue issue = c.issues().get(0);
    assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 1, 21));
    assertThat(issue.articles()).isEqualTo(w.issue().articles().size());
    assertThat(c.chunks()).hasSize(w.chunks().size());
    for (int i = 0; i < w.chunks().size(); i++) {
      StoredChunk stored = c.chunks().get(i);
      assertThat(stored.text()).isEqualTo(w.chunks().get(i).text());
      assertThat(stored.text()).isEqualTo(Whitespace.normalize(issue.text().substring(stored.start(), stored.end())));
      float similarity = c.vectors().similarity(i, VectorIndex.unit(w.vectors().get(i)));
      assertThat(similarity).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
    }
    assertThat(c.docs("积雪")).isPositive();
  }

  @Test
  void lexicalMatchFindsPassagesHoldingTheTerms() throws IOException {
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt")), Map.of(), EMBEDDER.modelKey());
    Corpus c = store.load();
    List<ScoredId> hits = store.match(List.of("积雪", "厘米"), 5);
    assertThat(hits).isNotEmpty();
    StoredChunk best = c.chunksById().get(hits.get(0).id());
    assertThat(best.text()).contains("积雪可达6至8厘米");
    assertThat(store.match(List.of("没有这个词"), 5)).isEmpty();
    assertThat(store.match(List.of(), 5)).isEmpty();
  }

  @Test
  void aTermIsMatchedAsTextNeverReadAsQuerySyntax() throws IOException {
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt")), Map.of(), EMBEDDER.modelKey());
    assertThat(store.match(List.of("积雪"), 5)).isNotEmpty();
    // read as FTS5 or Lucene syntax, each of these would find the passages holding 积雪; as text, none holds it
    for (String hostile : List.of("没有\" OR \"积雪", "积雪 OR 厘米", "NEAR(积雪 厘米)", "terms:积雪", "\"")) {
      assertThat(store.match(List.of(hostile), 5)).as(hostile).isEmpty();
    }
  }

  @Test
  void matchEveryRanksAsTheFts5QueryOfEveryTermDoes() throws IOException {
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt"), write("001_4237cd71e9e911f0.txt")), Map.of(),
        EMBEDDER.modelKey());
    Corpus c = store.load();
    for (List<String> terms : List.of(List.of("积雪", "厘米", "雪", "厚"), List.of("资源", "改革", "推介", "项目"),
        List.of("公安", "队伍", "建设", "火车"))) {
      List<ScoredId> every = store.matchEvery(terms, 5).orElseThrow();
      assertThat(every).extracting(ScoredId::id).first().isEqualTo(store.match(terms, 5).get(0).id());
      assertThat(every).allSatisfy(h -> assertThat(c.chunksById()).containsKey(h.id()));
    }
    assertThat(store.matchEvery(List.of("没有这个词"), 5)).contains(List.of());
  }

  @Test
  void matchEveryFollowsReplacedAndRemovedIssues() throws IOException {
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt"), write("001_4237cd71e9e911f0.txt")), Map.of(),
        EMBEDDER.modelKey());
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt")), Map.of(), EMBEDDER.modelKey());
    Corpus c = store.load();
    List<ScoredId> snow = store.matchEvery(List.of("积雪"), 50).orElseThrow();
    assertThat(snow).hasSize((int) c.chunks().stream().filter(x -> x.text().contains("积雪")).count())
        .allSatisfy(h -> assertThat(c.chunksById()).containsKey(h.id()));
    store.commit(List.of("000_6a32f752367869b0.txt"), List.of(), Map.of(), EMBEDDER.modelKey());
    assertThat(store.matchEvery(List.of("积雪"), 5)).contains(List.of());
  }

  @Test
  void writingAnIssueAgainReplacesIt() throws IOException {
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt")), Map.of(), EMBEDDER.modelKey());
    int chunks = store.load().chunks().size();
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt")), Map.of(), EMBEDDER.modelKey());
    Corpus c = store.load();
    assertThat(c.issues()).hasSize(1);
    assertThat(c.chunks()).hasSize(chunks);
    assertThat(store.match(List.of("积雪"), 50)).hasSize((int) c.chunks().stream().filter(x -> x.text().contains("积雪")).count());
  }

  @Test
  void removingAnIssueRemovesEverythingParsedFromIt() throws IOException {
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt"), write("001_4237cd71e9e911f0.txt")), Map.of(),
        EMBEDDER.modelKey());
    store.commit(List.of("000_6a32f752367869b0.txt"), List.of(), Map.of(), EMBEDDER.modelKey());
    Corpus c = store.load();
    assertThat(c.issues()).extracting(StoredIssue::file).containsExactly("001_4237cd71e9e911f0.txt");
    assertThat(c.chunks()).allSatisfy(ch -> assertThat(ch.issue().file()).isEqualTo("001_4237cd71e9e911f0.txt"));
    assertThat(store.match(List.of("积雪"), 5)).isEmpty();
  }

  @Test
  void aFailedCommitChangesNothing() throws IOException {
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt")), Map.of(), EMBEDDER.modelKey());
    IssueWrite good = write("001_4237cd71e9e911f0.txt");
    Chunk orphan = new Chunk(999, 1, 0, 10, "no such article");
    IssueWrite broken = new IssueWrite(good.issue(), "hash-broken", List.of(orphan), List.of("x"),
        List.of(new float[32]));
    assertThatThrownBy(() -> store.commit(List.of("000_6a32f752367869b0.txt"), List.of(good, broken), Map.of(), "other"))
        .isInstanceOf(RuntimeException.class);
    Corpus c = store.load();
    assertThat(c.issues()).extracting(StoredIssue::file).containsExactly("000_6a32f752367869b0.txt");
    assertThat(store.embeddingModel()).contains(EMBEDDER.modelKey());
    assertThat(store.generation()).as("one commit, the failed one not counted").isEqualTo(1);
  }

  @Test
  void newVectorsReplaceTheOldOnesWithTheModelRecorded() throws IOException {
    store.commit(List.of(), List.of(write("000_6a32f752367869b0.txt")), Map.of(), EMBEDDER.modelKey());
    Map<Long, String> texts = store.chunkTexts();
    assertThat(texts).hasSize(store.load().chunks().size());
    HashingEmbedder other = new HashingEmbedder(16);
    Map<Long, float[]> vectors = new java.util.HashMap<>();
    texts.forEach((id, text) -> vectors.put(id, other.embedQuery(text)));
    store.commit(List.of(), List.of(), vectors, other.modelKey());
    assertThat(store.embeddingModel()).contains(other.modelKey());
    Corpus c = store.load();
    StoredChunk first = c.chunks().get(0);
    assertThat(c.vectors().similarity(0, VectorIndex.unit(vectors.get(first.id()))))
        .isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
  }
}
