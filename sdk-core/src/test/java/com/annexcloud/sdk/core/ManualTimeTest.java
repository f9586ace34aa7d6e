package com.annexcloud.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ManualTimeTest {

    @Test
    void sleepingRecordsTheWaitAndMovesTheClock() throws Exception {
        ManualTime time = ManualTime.startingAt(Instant.parse("2030-05-01T10:00:00Z"));
        Clock clock = time.clock();

        time.sleep(Duration.ofSeconds(3));
        time.delay(Duration.ofMillis(250)).join();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(250));
        assertThat(time.totalSlept()).isEqualTo(Duration.ofMillis(3250));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2030-05-01T10:00:03.250Z"));
        assertThat(time).hasToString("ManualTime[2030-05-01T10:00:03.250Z]");
    }

    @Test
    void zeroAndNegativeWaitsAreNotRecorded() throws Exception {
        ManualTime time = ManualTime.create();

        time.sleep(Duration.ZERO);
        assertThat(time.delay(Duration.ofSeconds(-1))).isCompleted();

        assertThat(time.sleeps()).isEmpty();
        assertThat(time.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void advanceMovesTheClockWithoutASleep() {
        ManualTime time = ManualTime.create();

        time.advance(Duration.ofMinutes(1));

        assertThat(time.sleeps()).isEmpty();
        assertThat(time.clock().instant()).isEqualTo(Instant.parse("2026-01-01T00:01:00Z"));
        assertThatThrownBy(() -> time.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time cannot go backwards");
    }

    @Test
    void clockInAnotherZoneReadsTheSameInstant() {
        ManualTime time = ManualTime.create();
        Clock paris = time.clock().withZone(ZoneId.of("Europe/Paris"));

        time.advance(Duration.ofSeconds(5));

        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris.instant()).isEqualTo(time.now());
        assertThat(time.clock().getZone()).isEqualTo(java.time.ZoneOffset.UTC);
    }

    @Test
    void systemSleeperReturnsAtOnceForNoWait() throws Exception {
        Sleeper.system().sleep(Duration.ZERO);
        Sleeper.system().sleep(Duration.ofMillis(-5));

        assertThat(Sleeper.system().delay(Duration.ZERO)).isCompleted();
        assertThat(Sleeper.system().delay(Duration.ofMillis(-1))).isCompleted();
    }
}
