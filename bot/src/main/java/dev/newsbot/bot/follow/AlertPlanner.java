package dev.newsbot.bot.follow;

import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.answer.Answer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After issues are indexed, finds for each followed topic the article of each new issue that is
 * about it (the topic answered from that issue alone, with the answers' own abstention as the
 * threshold, so that an alert is as trustworthy as an answer) and journals one alert per follower.
 */
public final class AlertPlanner {

  private static final Logger LOG = LoggerFactory.getLogger(AlertPlanner.class);

  private AlertPlanner() {}

  /**
   * Plans the alerts of the issues indexed since the last look, by any process (an upload, a
   * cron job's {@code index --add}); at the very first look the issues there are taken as seen.
   * A crash between planning and recording re-plans, which the journal's keys make harmless.
   *
   * @return the alerts newly owed
   */
  public static int planNew(NewsIndex index, FollowStore store) {
    Map<String, String> fresh = new LinkedHashMap<>();
    Set<String> planned = store.plannedHashes();
    for (IssueInfo i : index.issues()) {
      if (!planned.contains(i.sha256())) {
        fresh.put(i.sha256(), i.issue());
      }
    }
    if (planned.isEmpty()) {
      store.planned(fresh);
      return 0;
    }
    if (fresh.isEmpty()) {
      return 0;
    }
    int owed = plan(index, fresh.values(), store);
    store.planned(fresh);
    return owed;
  }

  /** Journals the alerts the new issues owe; returns how many were new. */
  public static int plan(NewsIndex index, Collection<String> newIssues, FollowStore store) {
    int owed = 0;
    for (Map.Entry<String, List<FollowStore.Follow>> topic : store.byTopic().entrySet()) {
      String words = topic.getValue().get(0).topic();
      for (String issue : newIssues) {
        Optional<Answer> about = index.alert(words, issue);
        if (about.isEmpty()) {
          continue;
        }
        Alert alert = Alert.of(words, about.get().citations().get(0));
        for (FollowStore.Follow f : topic.getValue()) {
          if (store.owe(f.chatId(), f.topic(), alert.articleKey(), alert.quoteKey(), alert.json())) {
            owed++;
          }
        }
      }
    }
    LOG.info("{} new issue(s): {} alert(s) owed to followers", newIssues.size(), owed);
    return owed;
  }
}
