package dev.newsbot.bot.testkit;

/** A person in {@link FakeBotApi}'s chats; the bot answers only those who are not bots. */
public record Person(long id, String firstName, String languageCode, boolean isBot) {

  public Person(long id, String firstName, String languageCode) {
    this(id, firstName, languageCode, false);
  }

  public static Person user(long id, String name, String languageCode) {
    return new Person(id, name, languageCode, false);
  }
}
