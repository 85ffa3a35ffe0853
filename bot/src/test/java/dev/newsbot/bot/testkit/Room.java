package dev.newsbot.bot.testkit;

/** A chat of {@link FakeBotApi}: "private" (its id is the person's), "group", "supergroup" or "channel". */
public record Room(long id, String type, String title) {

  public static Room privateWith(Person p) {
    return new Room(p.id(), "private", null);
  }

  public static Room group(long id, String title) {
    return new Room(id, "supergroup", title);
  }
}
