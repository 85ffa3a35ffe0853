package dev.newsbot.bot.feedback;

/**
 * Totals kept in the bot's store.
 *
 * @param answers     answers sent
 * @param abstentions answers that said the paper did not report it
 * @param up          👍 votes
 * @param down        👎 votes
 */
public record FeedbackCounts(long answers, long abstentions, long up, long down) {}
