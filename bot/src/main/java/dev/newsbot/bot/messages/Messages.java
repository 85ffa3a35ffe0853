package dev.newsbot.bot.messages;

import dev.newsbot.retrieval.text.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the bot says, in Chinese or English: one catalog per language,
 * {@code messages_zh.properties} and {@code messages_en.properties} (UTF-8), read by key. The
 * placeholders {@code {0}}, {@code {1}}… of a message are filled with the arguments in order, as
 * they are (no number formatting: callers format numbers). The words a conversation uses most
 * have a method of their own.
 */
public enum Messages {
  CHINESE(Locale.CHINESE),
  ENGLISH(Locale.ENGLISH),
  /** The Chinese catalog in Traditional characters ({@link Traditional}), for zh-Hant apps. */
  TRADITIONAL(Locale.CHINESE);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

  private final ResourceBundle catalog;

  Messages(Locale locale) {
    catalog = ResourceBundle.getBundle("messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The language of an answer: English for an English question, Chinese otherwise. */
  public static Messages of(Language language) {
    return language == Language.ENGLISH ? ENGLISH : CHINESE;
  }

  /**
   * From Telegram's {@code language_code} of the user's app: English for "en…", Traditional for
   * zh-Hant, zh-TW, zh-HK and zh-MO, Chinese otherwise.
   */
  public static Messages ofLanguageCode(String code) {
    if (Traditional.isTraditional(code)) {
      return TRADITIONAL;
    }
    return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
  }

  /**
   * Text of the paper's made into this language's script: only the bot's own words, those
   * outside “quotes” and 《headlines》, for Traditional; as it is otherwise.
   */
  public String script(String text) {
    return this == TRADITIONAL ? Traditional.outsideQuotes(text) : text;
  }

  /** The message under {@code key} with its placeholders filled; a missing key names itself and the catalog. */
  public String text(String key, Object... args) {
    String message;
    try {
      message = catalog.getString(key);
      if (this == TRADITIONAL) {
        message = Traditional.of(message); // before the arguments go in: they may quote the paper
      }
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message " + key + " in messages_" + catalog.getLocale() + ".properties", e);
    }
    // One pass over the message, so that an argument holding "{1}" (a file's name) stays as it is.
    Matcher m = PLACEHOLDER.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int i = m.group(1).charAt(0) - '0';
      m.appendReplacement(sb, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
    }
    return m.appendTail(sb).toString();
  }

  /** A message of several lines, one item a line. */
  public List<String> lines(String key) {
    return text(key).lines().toList();
  }

  /** The keys of the catalog, for checking that both languages hold the same. */
  public Set<String> keys() {
    return catalog.keySet();
  }

  public String sourcesHeading() {
    return text("sources.heading");
  }

  public String notFoundFor() {
    return text("notFound.for");
  }

  public String sourceButton(int n) {
    return text("button.source", n);
  }

  public String thanks(boolean up) {
    return text(up ? "thanks.up" : "thanks.down");
  }

  public String tooFast(int perMinute) {
    return text("question.tooFast", perMinute);
  }

  public String tooLong(int length, int max) {
    return text("question.tooLong", length, max);
  }

  public String textOnly() {
    return text("hint.textOnly");
  }

  public String uploadsAdminsOnly() {
    return text("hint.uploadsAdminsOnly");
  }

  public String askUsage() {
    return text("hint.askUsage");
  }

  public String unknownCommand() {
    return text("hint.unknownCommand");
  }

  public String buttonInvalid() {
    return text("button.invalid");
  }

  public String notYourAnswer() {
    return text("button.notYourAnswer");
  }

  public String paragraphGone() {
    return text("paragraph.gone");
  }

  public String paragraphLabel(int n) {
    return text("paragraph.label", n);
  }

  public String issueFileLabel() {
    return text("paragraph.issueFile");
  }

  public String dateUnknown() {
    return text("date.unknown");
  }

  public String inferred() {
    return text("date.inferred");
  }

  /** "2024-01-21", "2024-01-21（推断）", "日期不详". */
  public String day(LocalDate date, boolean inferred) {
    return date == null ? dateUnknown() : date + (inferred ? inferred() : "");
  }

  public String somethingWentWrong() {
    return text("error.answering");
  }
}
