package dev.newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PollingHealthTest {

  private static final long S = 1_000_000_000L;

  @Test
  void pollingIsAliveWhileCallsComeOrABackOffIsWaitedOut() {
    AtomicLong now = new AtomicLong(1_000 * S);
    PollingHealth h = new PollingHealth(Duration.ofSeconds(70), now::get);
    assertThat(h.problem()).isEmpty();
    now.addAndGet(100 * S);
    assertThat(h.problem()).as("one long poll (70 s) and 30 s of slack").isEmpty();
    now.addAndGet(S);
    assertThat(h.problem()).isEqualTo(Optional.of("polling for Telegram updates stopped: no getUpdates call for 101 s"));
    h.polling();
    assertThat(h.problem()).isEmpty();
    h.backingOff(300_000);
    now.addAndGet(320 * S);
    assertThat(h.problem()).as("waiting out a 300 s retry_after").isEmpty();
    now.addAndGet(11 * S);
    assertThat(h.problem()).isEqualTo(Optional.of("polling for Telegram updates stopped: no getUpdates call for 331 s"));
  }
}
