package dev.newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateJournalTest {

  @TempDir
  Path dir;

  static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void remembersTheOffsetAndRefusesAnUpdateSeenBefore() {
    try (UpdateJournal j = UpdateJournal.open(dir, at("2024-05-01T10:00:00Z"))) {
      assertThat(j.lastUpdateId()).isZero();
      assertThat(j.accept(41, "{\"update_id\":41}")).isTrue();
      assertThat(j.accept(42, "{\"update_id\":42}")).isTrue();
      assertThat(j.accept(41, "{\"update_id\":41}")).isFalse();
      j.done(41);
      assertThat(j.accept(41, "{\"update_id\":41}")).isFalse();
      assertThat(j.lastUpdateId()).isEqualTo(42);
    }
    try (UpdateJournal j = UpdateJournal.open(dir, at("2024-05-01T11:00:00Z"))) {
      assertThat(j.lastUpdateId()).isEqualTo(42);
      assertThat(j.takeUnfinished()).containsExactly(new UpdateJournal.Pending(42, "{\"update_id\":42}", 1));
    }
  }

  @Test
  void anUpdateThatKeepsFailingToFinishIsDroppedAfterThreeStarts() {
    try (UpdateJournal j = UpdateJournal.open(dir, at("2024-05-01T10:00:00Z"))) {
      j.accept(7, "{}");
      assertThat(j.takeUnfinished()).extracting(UpdateJournal.Pending::attempts).containsExactly(1);
      assertThat(j.takeUnfinished()).extracting(UpdateJournal.Pending::attempts).containsExactly(2);
      assertThat(j.takeUnfinished()).extracting(UpdateJournal.Pending::attempts).containsExactly(3);
      assertThat(j.takeUnfinished()).isEmpty();
    }
  }

  @Test
  void anOffsetOlderThanTelegramKeepsUpdatesMeansStartingAfresh() {
    try (UpdateJournal j = UpdateJournal.open(dir, at("2024-05-01T10:00:00Z"))) {
      j.accept(500, "{}");
    }
    Instant later = Instant.parse("2024-05-01T10:00:00Z").plus(UpdateJournal.OFFSET_LIFETIME).plus(Duration.ofHours(1));
    try (UpdateJournal j = UpdateJournal.open(dir, Clock.fixed(later, ZoneOffset.UTC))) {
      assertThat(j.lastUpdateId()).isZero();
    }
  }
}
