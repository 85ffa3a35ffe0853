package dev.newsbot.retrieval.search;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.vectors.ExactVectors;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Pinyin words matched to indexed characters, against a hand-made corpus of term counts. */
class PinyinNamesTest {

  private static final Corpus CORPUS = new Corpus(List.of(), Map.of(),
      Collections.nCopies(100, new StoredChunk(0, 1, null, null, 1, 0, 1)), new ExactVectors(List.of()),
      Map.ofEntries(Map.entry("学", 9), Map.entry("雪", 7), Map.entry("堂", 5), Map.entry("糖", 2),
          Map.entry("冲", 6), Map.entry("学堂", 4), Map.entry("堂冲", 4), Map.entry("雪糖", 1),
          Map.entry("荷", 3), Map.entry("塘", 3), Map.entry("荷塘", 3)),
      null);

  @Test
  void aPlaceNameInPinyinBecomesTheIndexedCharacters() {
    assertThat(PinyinNames.chinese("xuetangchong", CORPUS)).isEqualTo("学堂冲");
    assertThat(PinyinNames.chinese("hetang", CORPUS)).isEqualTo("荷塘");
  }

  @Test
  void wordsThatAreNotPinyinOrNotIndexedGiveNothing() {
    assertThat(PinyinNames.chinese("world", CORPUS)).isNull();
    assertThat(PinyinNames.chinese("xuechong", CORPUS)).isNull();
    assertThat(PinyinNames.chinese("xue", CORPUS)).isNull();
  }

  @Test
  void wordsNoGlossaryEntryKnowsAreLookedUpInWhatIsIndexed() {
    // the glossary names no place of any paper: "hetang" is found in the index, as "tangchong" is
    assertThat(Glossary.english().lookup("hetang")).isEmpty();
    assertThat(Glossary.english().lookup("residents")).isNotEmpty();
    assertThat(Query.names("How many residents live in Tangchong and Hetang?", CORPUS)).isEqualTo("堂冲 荷塘");
    assertThat(Query.names("how many residents live in tangchong?", CORPUS)).isEqualTo("堂冲");
    // two words together: a name written apart ("Xue Tangchong")
    assertThat(Query.names("Who is Xue Tangchong?", CORPUS)).isEqualTo("学堂冲");
  }
}
