package dev.newsbot.bot.admin;

import dev.newsbot.bot.conversation.Command;
import dev.newsbot.bot.conversation.Conversation;
import dev.newsbot.bot.follow.FollowStore;
import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.NewsIndex;

/**
 * {@code /stats} (admins): questions answered, abstentions, 👍/👎, and the index's size: issues,
 * articles, passages and the bytes of {@code newsbot.db} (with its write-ahead log and term
 * index) in the data folder. The router refuses everyone else.
 */
public final class StatsCommand implements Command {

  private final FeedbackStore store;
  private final NewsIndex index;
  private final IndexRunner runner;
  private final FollowStore follows;

  public StatsCommand(FeedbackStore store, NewsIndex index, IndexRunner runner, FollowStore follows) {
    this.follows = follows;
    this.store = store;
    this.index = index;
    this.runner = runner;
  }

  @Override
  public String name() {
    return "stats";
  }

  @Override
  public String description(Messages ui) {
    return ui.text("command.stats");
  }

  @Override
  public boolean adminOnly() {
    return true;
  }

  @Override
  public String refusal(Messages ui) {
    return new AdminText(ui).statsAdminsOnly();
  }

  @Override
  public void run(Conversation c, String args) {
    AdminText text = new AdminText(c.ui());
    c.reply(text.stats(store.counts(), index.issues(), index.state().bytes(), runner.busy(), follows.counts()));
  }
}
