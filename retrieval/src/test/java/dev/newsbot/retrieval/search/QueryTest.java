package dev.newsbot.retrieval.search;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.text.Language;
import dev.newsbot.retrieval.vectors.ExactVectors;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Questions made ready for search against a hand-made corpus whose only lexical statistics are its term counts. */
class QueryTest {

  /** Term counts as if 100 passages of issue 001 were indexed. */
  private static final Map<String, Integer> TERM_DOCS = Map.ofEntries(
      Map.entry("书画", 2), Map.entry("画等", 1), Map.entry("等级", 3), Map.entry("级考", 1), Map.entry("考试", 4),
      Map.entry("开始", 9), Map.entry("始报", 1), Map.entry("报名", 5),
      Map.entry("什么", 6), Map.entry("么时", 2), Map.entry("时候", 7), Map.entry("多少", 8), Map.entry("少个", 2),
      Map.entry("哪个", 3), Map.entry("是谁", 2),
      Map.entry("提供", 20), Map.entry("供了", 2), Map.entry("岗位", 12), Map.entry("区举", 1), Map.entry("举办", 6),
      Map.entry("宝妈", 2), Map.entry("妈计", 2), Map.entry("计划", 10),
      Map.entry("书", 8), Map.entry("画", 3), Map.entry("考", 10), Map.entry("试", 9), Map.entry("什", 6), Map.entry("么", 6),
      Map.entry("宝", 2), Map.entry("妈", 2), Map.entry("and", 1), Map.entry("not", 1), Map.entry("near", 1),
      Map.entry("or", 1));

  private static Corpus corpus(int passages, Map<String, Integer> termDocs) {
    StoredChunk one = new StoredChunk(0, 1, null, null, 1, 0, 1);
    return new Corpus(List.of(), Map.of(), Collections.nCopies(passages, one), new ExactVectors(List.of()), termDocs,
        null);
  }

  private static final Corpus CORPUS = corpus(100, TERM_DOCS);

  @Test
  void questionWordsAreTakenOutBeforeTheQuestionIsCutIntoTerms() {
    Query q = Query.of("书画等级考试什么时候开始报名？", CORPUS);
    assertThat(q.raw()).isEqualTo("书画等级考试什么时候开始报名？");
    assertThat(q.folded()).isEqualTo("书画等级考试什么时候开始报名?");
    assertThat(q.weights().keySet()).containsExactly("书画", "画等", "等级", "级考", "考试", "开始", "始报", "报名");
    assertThat(q.characters().keySet()).containsExactly("书", "画", "考", "试");
  }

  @Test
  void otherQuestionWords() {
    assertThat(Query.of("提供了多少个岗位", CORPUS).weights().keySet()).containsExactly("提供", "供了", "岗位");
    assertThat(Query.of("哪个区举办了宝妈计划", CORPUS).weights().keySet())
        .containsExactly("区举", "举办", "宝妈", "妈计", "计划");
    assertThat(Query.of("书画考试报名的负责人是谁", CORPUS).weights().keySet()).containsExactly("书画", "考试", "报名")
        .doesNotContain("是谁");
  }

  @Test
  void rarerTermsWeighMoreAndTermsTheIndexLacksAreLeftOut() {
    Query q = Query.of("书画考试", CORPUS);
    // 画考 is in no passage
    assertThat(q.weights().keySet()).containsExactly("书画", "考试");
    assertThat(q.weights().get("书画")).isCloseTo(Math.log(1 + (100 - 2 + 0.5) / (2 + 0.5)), Offset.offset(1e-9));
    assertThat(q.weights().get("书画")).isGreaterThan(q.weights().get("考试"));
  }

  @Test
  void functionCharactersWeighLess() {
    Map<String, Double> w = Query.of("提供了岗位", CORPUS).weights();
    double idf = Math.log(1 + (100 - 2 + 0.5) / (2 + 0.5));
    assertThat(w.get("供了")).isCloseTo(Query.FUNCTION_WEIGHT * idf, Offset.offset(1e-9));
  }

  @Test
  void theSearchTermsAreTheTermsRarestFirstThenTheCharacters() {
    assertThat(Query.of("书画考试", CORPUS).searchTerms()).containsExactly("书画", "考试", "画", "书", "试", "考");
  }

  @Test
  void hostileInputGivesOnlyTermsOfLettersAndDigits() {
    Query q = Query.of("\"AND OR NOT * ( ) ^ NEAR -- ' \\\"", CORPUS);
    assertThat(q.searchTerms()).containsExactly("not", "near");
    List<String> mixed = Query.of("宝妈计划\" OR 1=1 -- NEAR(书画, 2) *", CORPUS).searchTerms();
    assertThat(mixed).allMatch(t -> t.matches("[\\p{L}\\p{N}]+")).contains("宝妈", "书画", "near");
  }

  @Test
  void emptyAndEmojiOnlyQuestionsAreEmpty() {
    for (String question : List.of("", "   ", "😀🎉", "👍👍👍?", "什么？")) {
      Query q = Query.of(question, CORPUS);
      assertThat(q.isEmpty()).as(question).isTrue();
      assertThat(q.searchTerms()).as(question).isEmpty();
    }
    assertThat(Query.of("宝妈😀", CORPUS).isEmpty()).isFalse();
  }

  @Test
  void anEmptyCorpusGivesAnEmptyQuery() {
    Query q = Query.of("书画等级考试什么时候开始报名", Corpus.empty());
    assertThat(q.isEmpty()).isTrue();
    assertThat(q.searchTerms()).isEmpty();
  }

  @Test
  void termsInTooManyPassagesAreLeftOutOfTheSearchTermsUnlessNothingElseIsLeft() {
    Corpus big = corpus(30_000, Map.of("株洲", 6_000, "洲日", 5_200, "日报", 5_500, "书画", 40));
    assertThat(Query.of("株洲日报书画", big).searchTerms()).containsExactly("书画");
    // all terms too common: the one in fewest passages is kept so that the query still finds something
    assertThat(Query.of("株洲日报", big).searchTerms()).containsExactly("洲日");
    assertThat(Query.of("株洲日报", big).weights()).containsOnlyKeys("株洲", "洲日", "日报");
  }

  @Test
  void termsLeftOutOfTheSearchTermsGiveTheDenseRankingAnEqualVote() {
    Corpus big = corpus(30_000, Map.of("株洲", 6_000, "洲日", 5_200, "日报", 5_500, "书画", 40));
    Query pruned = Query.of("株洲日报书画", big);
    assertThat(pruned.leftOutTerms()).isTrue();
    assertThat(Retriever.denseWeight(pruned)).isEqualTo(1.0);
    Query whole = Query.of("株洲日报书画", CORPUS);
    assertThat(whole.leftOutTerms()).isFalse();
    assertThat(Retriever.denseWeight(whole)).isEqualTo(Retriever.DENSE_WEIGHT);
  }

  @Test
  void termsInMoreThanAFifthOfPassagesDoNotCount() {
    Corpus corpus = corpus(100, Map.of("株洲", 21, "日报", 20));
    assertThat(Query.of("株洲日报", corpus).weights()).containsOnlyKeys("日报");
  }

  @Test
  void theLanguageIsEnglishWhenLatinLettersOutnumberChineseCharacters() {
    assertThat(Query.of("When did the library on Maple Street open?", Corpus.empty()).language()).isEqualTo(Language.ENGLISH);
    assertThat(Query.of("书画等级考试什么时候开始报名?", Corpus.empty()).language()).isEqualTo(Language.CHINESE);
    assertThat(Query.of("HR是什么", Corpus.empty()).language()).isEqualTo(Language.CHINESE);
  }

  @Test
  void anEnglishQuestionSearchesTheChineseTheGlossaryGivesForItsWords() {
    Corpus corpus = corpus(100, Map.of("书画", 2, "考试", 4, "报名", 5, "绘画", 1));
    Query q = Query.of("When does registration for the calligraphy and painting exam start?", corpus);
    assertThat(q.language()).isEqualTo(Language.ENGLISH);
    assertThat(q.weights()).containsKeys("书画", "考试", "报名");
  }
}
