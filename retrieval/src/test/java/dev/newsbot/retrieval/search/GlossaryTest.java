package dev.newsbot.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** English words and phrases looked up for the Chinese a paper writes. */
class GlossaryTest {

  private final Glossary glossary = new Glossary(Map.of(
      "chamber", List.of("会所"),
      "chamber of commerce", List.of("商会"),
      "resident", List.of("居民", "市民"),
      "company", List.of("企业", "公司"),
      "save", List.of("节约", "减负")));

  @Test
  void theLongestPhraseWinsAndWordsOutsideTheGlossaryAreSkipped() {
    assertThat(glossary.lookup("who heads the chamber of commerce"))
        .containsExactly(List.of("商会"));
  }

  @Test
  void pluralPastAndPossessiveEndingsAreStripped() {
    assertThat(glossary.lookup("residents' cars, the company's plans, companies saved money"))
        .containsExactly(List.of("居民", "市民"), List.of("企业", "公司"), List.of("企业", "公司"), List.of("节约", "减负"));
    assertThat(Glossary.baseForms("cities")).contains("city");
    assertThat(Glossary.baseForms("is")).containsExactly("is");
  }

  @Test
  void theBundledGlossaryCoversEverydayNewsWords() {
    Glossary bundled = Glossary.english();
    assertThat(bundled.lookup("residents")).isNotEmpty();
    assertThat(bundled.lookup("competition")).isNotEmpty();
    assertThat(bundled.lookup("the of and")).isEmpty();
  }
}
