package dev.newsbot.bot.reliability;

import java.time.Duration;

/**
 * How much the suite does. The normal test run uses {@link #SMALL}; the {@code reliability}
 * Maven profile sets {@code -Dnewsbot.reliability.size=full} for {@link #FULL}, the run whose
 * figures go to {@code docs/reliability.md}. Every loop in the suite is bounded by these counts
 * and by {@link #patience}.
 *
 * @param hostileMessages         generated hostile messages and button presses
 * @param loadUsers               users asking at the same time
 * @param questionsPerUser        questions each of them asks, one after the other
 * @param quotaUsers              users who each send more questions than the quota allows at once
 * @param faultUsers              users asking while the Bot API fails
 * @param faultQuestionsPerUser   questions each of them asks
 * @param reindexUsers            users asking while the index is rewritten
 * @param reindexQuestionsPerUser questions each of them asks
 * @param floodMessages           messages one user floods the bot with
 * @param patience                the longest any one phase may take before the test fails
 */
record SuiteSize(
    String name,
    int hostileMessages,
    int loadUsers,
    int questionsPerUser,
    int quotaUsers,
    int faultUsers,
    int faultQuestionsPerUser,
    int reindexUsers,
    int reindexQuestionsPerUser,
    int floodMessages,
    Duration patience) {

  static final String PROPERTY = "newsbot.reliability.size";

  static final SuiteSize SMALL = new SuiteSize("small", 100, 20, 5, 3, 5, 3, 6, 3, 40, Duration.ofSeconds(90));
  static final SuiteSize FULL = new SuiteSize("full", 500, 100, 10, 10, 40, 5, 30, 5, 300, Duration.ofMinutes(4));

  /** Seed of every generated input and fault: runs are reproducible. */
  static final long SEED = 20240121L;

  static SuiteSize current() {
    String size = System.getProperty(PROPERTY, SMALL.name());
    return switch (size) {
      case "full" -> FULL;
      case "small" -> SMALL;
      default -> throw new IllegalArgumentException(PROPERTY + "=" + size + ": use small (the default) or full");
    };
  }

  boolean full() {
    return name.equals(FULL.name());
  }
}
