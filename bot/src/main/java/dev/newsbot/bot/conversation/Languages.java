package dev.newsbot.bot.conversation;

import dev.newsbot.bot.messages.Messages;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The language of each person's conversation, so that every reply in it (answers, hints, usage,
 * reports) is in one language: the language of their Telegram app ({@code language_code}) until
 * they ask a question, then the language of their questions' script, which is the language their
 * answers are written in. Kept in memory for the people heard from most recently.
 */
public final class Languages {

  /** People remembered; beyond this the one heard from longest ago is forgotten. */
  public static final int REMEMBERED = 10_000;

  private final Map<Long, Messages> asked = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Messages> eldest) {
      return size() > REMEMBERED;
    }
  };

  /** The language to reply in to {@code userId}, whose app is in {@code languageCode} (maybe null). */
  public synchronized Messages of(long userId, String languageCode) {
    Messages language = asked.get(userId);
    return language != null ? language : Messages.ofLanguageCode(languageCode);
  }

  /** The person asked a question written in {@code language}: the conversation goes on in it. */
  public synchronized void asked(long userId, Messages language) {
    asked.put(userId, language);
  }
}
