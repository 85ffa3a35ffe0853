package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.text.Lexicon;
import java.util.regex.Pattern;

/**
 * Whether a question asks for a list, a reason or a way things were done: each kind is answered
 * by another kind of sentence (an enumeration, a "因为…", a "通过…") than the one that names the
 * subject. The ways of asking are word lists under zh/.
 *
 * @param list   "有哪几项", "分别是什么"
 * @param reason "为啥停工"
 * @param method "具体是怎么整治的"
 */
record QuestionKind(boolean list, boolean reason, boolean method) {

  private static final Pattern LIST = Lexicon.pattern("asks-list");
  private static final Pattern WHY = Lexicon.pattern("asks-why");
  private static final Pattern HOW = Lexicon.pattern("asks-how");

  static QuestionKind of(String foldedQuestion) {
    boolean why = WHY.matcher(foldedQuestion).find();
    return new QuestionKind(LIST.matcher(foldedQuestion).find(), why, !why && HOW.matcher(foldedQuestion).find());
  }
}
