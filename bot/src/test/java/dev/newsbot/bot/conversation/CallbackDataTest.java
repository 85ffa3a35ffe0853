package dev.newsbot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallbackDataTest {

  @Test
  void roundTripsAndStaysFarUnderTelegramsLimit() {
    CallbackData d = CallbackData.source(Long.parseLong("999999999999999999"), 99);
    assertThat(d.encode()).isEqualTo("src:999999999999999999:99");
    assertThat(d.encode().getBytes(StandardCharsets.UTF_8).length).isLessThan(CallbackData.MAX_BYTES);
    assertThat(CallbackData.parse(d.encode())).contains(d);
    assertThat(CallbackData.parse("up:7:0")).contains(CallbackData.vote(7, true));
    assertThat(CallbackData.parse("down:7:0")).contains(CallbackData.vote(7, false));
  }

  @Test
  void refusesAnythingElse() {
    for (String forged : new String[] {null, "", "src:1:0", "up:1:1", "src:0:1", "src:01:1", "src:1:01", "src:-1:1",
        "src:1:1:1", " src:1:1", "SRC:1:1", "src:1:100", "src:1234567890123456789:1", "src:１:1", "x".repeat(65),
        "src:1:1\n", "up:1:0;DROP TABLE answers"}) {
      assertThat(CallbackData.parse(forged)).as("%s", forged).isEmpty();
    }
  }
}
