package dev.newsbot.bot.reliability;

import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.telegram.TelegramBot;
import dev.newsbot.bot.telegram.TelegramSettings;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Answer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bot as the suite runs it: production defaults (retry policy, timeouts, 4 workers, the quota)
 * through the public front door, against a {@link FakeBotApi}, with one admin.
 */
final class SuiteBots {

  /**
   * The one admin. Only {@link AdminUploads} acts as this user, on a copy of the index, so no admin
   * action ever touches the shared index.
   */
  static final long ADMIN = 9_000_001L;
  static final String MENTION = "@" + FakeBotApi.BOT_USERNAME;
  /** The command the suite sends last in a chat: once its reply is there, the chat is done. */
  static final String DONE = "/sources";

  private SuiteBots() {}

  /**
   * Starts the bot. Its issue intake keeps uploads in an {@code issues} folder of the data folder
   * and indexes into {@code index}: only an admin's upload or /reindex would use it.
   */
  static TelegramBot start(TelegramSettings settings, NewsIndex index) {
    return start(settings, index, settings.dataDir().resolve("issues"));
  }

  static TelegramBot start(TelegramSettings settings, NewsIndex index, Path seeds) {
    return TelegramBot.start(settings, index, new IssueIntake(index, seeds, settings.uploadMaxBytes()));
  }

  static TelegramSettings settings(FakeBotApi api, Path dataDir) {
    return TelegramSettings.of(FakeBotApi.TOKEN, dataDir).withApiUrl(api.url()).withAdmins(Set.of(ADMIN));
  }

  /** True for the reply to {@link #DONE}: the list of indexed issues. */
  static boolean isDoneReply(Call c) {
    String t = c.text();
    return c.method().equals("sendmessage") && c.ok() && (t.startsWith("<b>共 ") && t.contains(" 期，")
        || t.matches("(?s)<b>\\d+ issue\\(s\\), .*"));
  }

  /** Waits (bounded) until every chat in {@code chatIds} has had its {@link #DONE} reply. */
  static void awaitDone(FakeBotApi api, List<Long> chatIds, Duration patience) {
    Set<Long> chats = Set.copyOf(chatIds);
    api.awaitUntil(calls -> calls.stream().filter(SuiteBots::isDoneReply).map(Call::chatId)
        .collect(Collectors.toSet()).containsAll(chats), patience,
        "replies to " + DONE + " in " + chats.size() + " chats (the last message of each)");
  }

  /** The first dev question the index answers with citations (the answer has source buttons). */
  static String answerable(NewsIndex index, List<String> questions) {
    for (String q : questions) {
      Answer a = index.ask(q);
      if (!a.abstained() && !a.citations().isEmpty()) {
        return q;
      }
    }
    throw new AssertionError("the index answers none of the dev questions with citations");
  }

  /** Percentile of sorted values, nearest rank. */
  static long percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
