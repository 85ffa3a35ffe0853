package dev.newsbot.bot.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender over a real journal, with deliveries that succeed, block, or are told to wait. */
class AlertSenderTest {

  @TempDir
  Path dir;

  private static final Alert ALERT = new Alert("学堂冲", "x.txt", "报", LocalDate.of(2024, 3, 12), "标题", 2, "引文。", 0,
      3);

  private static void awaitPendingGone(FollowStore store) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!store.pending(10).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  @Test
  void eachAlertIsDeliveredOnceBlockedChatsAreDroppedRefusedOnesGivenUpAndA429IsHonoured() throws InterruptedException {
    List<Long> delivered = new CopyOnWriteArrayList<>();
    List<Long> tooManyAt = new CopyOnWriteArrayList<>();
    List<Long> retriedAt = new CopyOnWriteArrayList<>();
    try (FollowStore store = FollowStore.open(dir, Clock.systemUTC())) {
      for (long chat = 1; chat <= 4; chat++) {
        store.follow(chat, "学堂冲", "zh", 10);
        store.owe(chat, "学堂冲", "k", "q", ALERT.json());
      }
      AlertSender.Delivery delivery = (chat, alert) -> {
        if (chat == 2) {
          return new AlertSender.Outcome.Blocked();
        }
        if (chat == 4) {
          return new AlertSender.Outcome.Rejected("Bad Request: chat not found");
        }
        if (chat == 3 && tooManyAt.isEmpty()) {
          tooManyAt.add(System.nanoTime());
          return new AlertSender.Outcome.TooMany(1);
        }
        if (chat == 3) {
          retriedAt.add(System.nanoTime());
        }
        delivered.add(chat);
        return new AlertSender.Outcome.Sent();
      };
      try (AlertSender sender = new AlertSender(store, delivery, new Pacer(System::currentTimeMillis)).start()) {
        awaitPendingGone(store);
      }
      assertThat(delivered).containsExactly(1L, 3L);
      assertThat(retriedAt.get(0) - tooManyAt.get(0)).as("retry_after waited").isGreaterThanOrEqualTo(
          TimeUnit.MILLISECONDS.toNanos(1_000));
      assertThat(store.topics(2)).isEmpty();
      assertThat(store.counts()).as("chat 4's refused alert is neither sent nor pending")
          .isEqualTo(new FollowStore.Counts(3, 1, 2, 0));
    }
  }
}
