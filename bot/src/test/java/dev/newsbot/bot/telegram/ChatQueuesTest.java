package dev.newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatQueuesTest {

  @Test
  void oneChatRunsInOrderWhileAnotherRunsBeside() throws Exception {
    ChatQueues queues = new ChatQueues(2, 100);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch otherDone = new CountDownLatch(1);
    List<String> order = new CopyOnWriteArrayList<>();
    queues.submit(1, () -> {
      await(release);
      order.add("a1");
    });
    queues.submit(1, () -> order.add("a2"));
    queues.submit(2, () -> {
      order.add("b1");
      otherDone.countDown();
    });
    assertThat(otherDone.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(order).containsExactly("b1");
    release.countDown();
    assertThat(queues.drain(Duration.ofSeconds(5))).isTrue();
    assertThat(order).containsExactly("b1", "a1", "a2");
    queues.shutdown();
  }

  @Test
  void aFailingTaskDoesNotStopItsChatAndAClosedQueueRefusesWork() {
    ChatQueues queues = new ChatQueues(1, 100);
    List<String> order = new CopyOnWriteArrayList<>();
    queues.submit(1, () -> {
      throw new IllegalStateException("boom");
    });
    queues.submit(1, () -> order.add("next"));
    assertThat(queues.drain(Duration.ofSeconds(5))).isTrue();
    assertThat(order).containsExactly("next");
    assertThat(queues.submit(1, () -> order.add("late"))).isFalse();
    queues.shutdown();
  }

  @Test
  void refusesWorkBeyondItsBound() {
    ChatQueues queues = new ChatQueues(1, 2);
    CountDownLatch release = new CountDownLatch(1);
    assertThat(queues.submit(1, () -> await(release))).isTrue();
    assertThat(queues.submit(2, () -> { })).isTrue();
    assertThat(queues.submit(3, () -> { })).isFalse();
    release.countDown();
    assertThat(queues.drain(Duration.ofSeconds(5))).isTrue();
    queues.shutdown();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
