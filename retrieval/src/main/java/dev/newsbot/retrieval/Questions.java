package dev.newsbot.retrieval;

/** Makes any user text safe to search: bounded, no control characters, something to look for. */
final class Questions {

  /** Longer questions are cut here; nobody asks a paper 10,000 characters. */
  static final int MAX_CHARS = 500;

  private Questions() {}

  static String clean(String question) {
    if (question == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(Math.min(question.length(), MAX_CHARS));
    for (int i = 0; i < question.length() && sb.length() < MAX_CHARS; i++) {
      char c = question.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT) {
        sb.append(' ');
      } else if (Character.isSurrogate(c) && (i + 1 >= question.length() || !Character.isSurrogatePair(c, question.charAt(i + 1)))
          && !(i > 0 && Character.isSurrogatePair(question.charAt(i - 1), c))) {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString().strip();
  }

  /** True when the text holds at least one letter or digit (not only emoji, punctuation or space). */
  static boolean hasContent(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
