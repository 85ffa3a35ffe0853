package dev.newsbot.retrieval.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lexical terms of folded text. */
class TokenizerTest {

  @Test
  void chineseTextIsCutIntoOverlappingBigrams() {
    assertThat(Tokenizer.terms("书画等级考试")).containsExactly("书画", "画等", "等级", "级考", "考试");
  }

  @Test
  void aRunOfDigitsIsOneUnitOfTheBigramsAndATermOfItsOwn() {
    assertThat(Tokenizer.terms("3月8日")).containsExactly("3", "8", "3月", "月8", "8日");
    assertThat(Tokenizer.terms("举办招聘会544场")).containsExactly("544", "举办", "办招", "招聘", "聘会", "会544", "544场");
  }

  @Test
  void aDecimalPointSeparatesTwoNumbers() {
    assertThat(Tokenizer.terms(Folding.fold("为企业减负3.81亿元")))
        .containsExactly("3", "为企", "企业", "业减", "减负", "负3", "81", "81亿", "亿元");
  }

  @Test
  void latinWordsAreTermsOnTheirOwnAndUnitsOfTheBigrams() {
    assertThat(Tokenizer.terms(Folding.fold("IPv6技术")))
        .containsExactly("ipv", "6", "ipv6", "6技", "技术");
    assertThat(Tokenizer.terms("city opens new library")).containsExactly("city", "opens", "new", "library");
  }

  @Test
  void punctuationEndsARunAndALoneChineseCharacterIsATerm() {
    // 001: "大、中、小学也可申报指定报名点"
    assertThat(Tokenizer.terms("大、中、小学也可申报")).containsExactly("大", "中", "小学", "学也", "也可", "可申", "申报");
    assertThat(Tokenizer.terms("警徽熠熠,心向党;初心如磐"))
        .containsExactly("警徽", "徽熠", "熠熠", "心向", "向党", "初心", "心如", "如磐");
  }

  @Test
  void termsHoldOnlyLettersAndDigits() {
    String hostile = Folding.fold("\"AND OR NOT * ( ) ^ NEAR -- ' \\\" 株洲\"日报");
    assertThat(Tokenizer.terms(hostile))
        .containsExactly("and", "or", "not", "near", "株洲", "日报")
        .allMatch(t -> t.chars().allMatch(Character::isLetterOrDigit));
    assertThat(Tokenizer.terms("")).isEmpty();
    assertThat(Tokenizer.terms("😀🎉!!")).isEmpty();
  }

  @Test
  void charactersAreTheChineseCharactersAlone() {
    assertThat(Tokenizer.characters("3月8日,hr")).containsExactly("月", "日");
    assertThat(Tokenizer.characters("株洲日报")).containsExactly("株", "洲", "日", "报");
  }

  @Test
  void indexTermsAreTermsThenCharactersSeparatedBySpaces() {
    assertThat(Tokenizer.indexTerms("株洲日报")).isEqualTo("株洲 洲日 日报 株 洲 日 报");
    assertThat(Tokenizer.indexTerms("3月8日")).isEqualTo("3 8 3月 月8 8日 月 日");
  }

  @Test
  void distinctTermsFoldFirstAndDropRepeats() {
    assertThat(Tokenizer.distinctTerms("株洲 株洲 株洲")).containsExactly("株洲", "洲株");
    assertThat(Tokenizer.distinctTerms("全体天元区中小學生")).contains("学生", "小学").doesNotContain("學生");
  }
}
