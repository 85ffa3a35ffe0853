package dev.newsbot.retrieval.text;

/** Small numbers as printed: Arabic digits (full-width too) or Chinese numerals up to 九十九. */
public final class Numerals {

  private static final String DIGITS = "零一二三四五六七八九";

  private Numerals() {}

  /** The number written {@code digits} ("02", "１２", "三", "十二", "二十"), or -1 when it is none. */
  public static int parse(String digits) {
    String d = digits.strip();
    StringBuilder ascii = new StringBuilder();
    for (char c : d.toCharArray()) {
      ascii.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
    }
    String a = ascii.toString();
    if (a.isEmpty()) {
      return -1;
    }
    if (a.chars().allMatch(Character::isDigit)) {
      return a.length() > 9 ? -1 : Integer.parseInt(a);
    }
    if (!a.chars().allMatch(c -> c == '十' || DIGITS.indexOf(c) >= 0)) {
      return -1;
    }
    if (a.equals("十")) {
      return 10;
    }
    int ten = a.indexOf('十');
    if (ten < 0) {
      return a.length() == 1 ? DIGITS.indexOf(a.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(a.charAt(0));
    int units = ten == a.length() - 1 ? 0 : DIGITS.indexOf(a.charAt(ten + 1));
    return tens * 10 + units;
  }
}
