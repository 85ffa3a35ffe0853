package dev.newsbot.bot.conversation;

import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.bot.follow.FollowStore;
import dev.newsbot.bot.follow.Topics;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.ArticleLead;
import dev.newsbot.retrieval.IssueHeadlines;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What readers ask besides answers, by command or in words: follow a topic, stop, list their
 * topics, the newest issue's headlines, the newest articles about a topic. Lists carry a button per
 * article that shows its lead paragraph (kept as an answer, so the buttons carry only a number).
 */
public final class ReaderRequests {

  private static final Logger log = LoggerFactory.getLogger(ReaderRequests.class);

  /** Articles listed for "the newest about X". */
  public static final int NEWEST = 5;
  /** Buttons a list carries at most (callback data numbers them up to 99). */
  public static final int MAX_BUTTONS = 30;

  private final NewsIndex index;
  private final FollowStore follows;
  private final FeedbackStore answers;
  private final int maxTopics;
  private final BiPredicate<Long, Long> groupAdmin;

  /** {@code groupAdmin} tells whether a user (second) is an admin of a group chat (first). */
  public ReaderRequests(NewsIndex index, FollowStore follows, FeedbackStore answers, int maxTopics,
      BiPredicate<Long, Long> groupAdmin) {
    this.index = index;
    this.follows = follows;
    this.answers = answers;
    this.maxTopics = maxTopics;
    this.groupAdmin = groupAdmin;
  }

  /** Handles a message in words that makes a request; false when it is a question. */
  public boolean handled(Conversation c, String text) {
    Optional<Topics.Request> request = Topics.request(text);
    if (request.isEmpty()) {
      return false;
    }
    String topic = request.get().topic();
    switch (request.get().ask()) {
      case FOLLOW -> follow(c, topic);
      case UNFOLLOW -> unfollow(c, topic);
      case LATEST -> latest(c);
      case NEWEST -> newest(c, topic);
    }
    return true;
  }

  public void follow(Conversation c, String words) {
    Messages ui = c.ui();
    String topic = Topics.clean(words);
    if (Topics.key(topic).isEmpty()) {
      c.reply(ui.text("follow.usage"));
      return;
    }
    if (!mayChangeTopics(c)) {
      c.reply(ui.text("follow.groupAdminsOnly"));
      return;
    }
    switch (follows.follow(c.chatId(), topic, ui.name(), maxTopics)) {
      case ADDED -> {
        log.info("chat {} follows a topic of {} characters", c.chatId(), topic.length());
        c.reply(ui.text("follow.added", topic));
      }
      case ALREADY -> c.reply(ui.text("follow.already", topic));
      case LIMIT -> c.reply(ui.text("follow.limit", maxTopics));
      case EMPTY -> c.reply(ui.text("follow.usage"));
    }
  }

  public void unfollow(Conversation c, String words) {
    Messages ui = c.ui();
    String topic = Topics.clean(words);
    if (Topics.key(topic).isEmpty()) {
      c.reply(ui.text("unfollow.usage"));
    } else if (!mayChangeTopics(c)) {
      c.reply(ui.text("follow.groupAdminsOnly"));
    } else {
      c.reply(ui.text(follows.unfollow(c.chatId(), topic) ? "unfollow.done" : "unfollow.notFollowed", topic));
    }
  }

  public void following(Conversation c) {
    Messages ui = c.ui();
    List<FollowStore.Follow> topics = follows.topics(c.chatId());
    if (topics.isEmpty()) {
      c.reply(ui.text("following.none"));
      return;
    }
    c.reply(List.of(Block.of(Span.bold(ui.text("following.heading", topics.size(), maxTopics))),
        Block.lines(topics.stream().map(f -> "• " + f.topic()).toList())));
  }

  public void latest(Conversation c) {
    Messages ui = c.ui();
    Optional<IssueHeadlines> latest = index.latest();
    if (latest.isEmpty() || latest.get().articles().isEmpty()) {
      c.reply(ui.text("latest.none"));
      return;
    }
    IssueHeadlines issue = latest.get();
    List<String> lines = new ArrayList<>();
    List<ArticleLead> articles = issue.articles();
    for (int i = 0; i < articles.size(); i++) {
      lines.add(ui.text("latest.item", i + 1, articles.get(i).title()));
    }
    List<Block> blocks = List.of(
        Block.of(Span.bold(ui.text("latest.heading", ui.day(issue.issue().date(), issue.issue().dateInferred()),
            issue.issue().paper(), articles.size()))),
        Block.lines(lines), Block.plain(ui.text("latest.hint")));
    withLeads(c, "/latest", blocks, articles, ui);
  }

  public void newest(Conversation c, String topic) {
    Messages ui = c.ui();
    List<ArticleLead> found = index.newestAbout(topic, NEWEST);
    if (found.isEmpty()) {
      c.reply(ui.text("newest.none", topic));
      return;
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      ArticleLead a = found.get(i);
      lines.add(ui.text("newest.item", i + 1, a.title(), ui.day(a.date(), a.dateInferred())));
    }
    withLeads(c, topic, List.of(Block.of(Span.bold(ui.text("newest.heading", topic))), Block.lines(lines),
        Block.plain(ui.text("latest.hint"))), found, ui);
  }

  /** Sends a list with one button per article showing its lead, kept as an answer with the leads as quotes. */
  private void withLeads(Conversation c, String asked, List<Block> blocks, List<ArticleLead> articles, Messages ui) {
    List<Citation> leads = new ArrayList<>();
    for (ArticleLead a : articles.subList(0, Math.min(articles.size(), MAX_BUTTONS))) {
      leads.add(new Citation(leads.size() + 1, a.issue(), a.paper(), a.date(), a.dateInferred(), a.title(),
          a.paragraph(), a.start(), a.end(), a.lead(), "", a.page()));
    }
    Language language = ui == Messages.ENGLISH ? Language.ENGLISH : Language.CHINESE;
    long id = answers.recordAnswer(c.chatId(), c.userId(), Answer.quoted(asked, language, leads), Block.text(blocks));
    List<Integer> sent = c.reply(blocks, Buttons.forLeads(id, leads));
    if (!sent.isEmpty()) {
      answers.attachMessage(id, sent.get(sent.size() - 1));
    }
  }

  private boolean mayChangeTopics(Conversation c) {
    return c.isPrivate() || groupAdmin.test(c.chatId(), c.userId());
  }
}
