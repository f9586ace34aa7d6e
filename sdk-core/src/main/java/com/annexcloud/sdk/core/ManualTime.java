package com.annexcloud.sdk.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Time that moves only when told: a {@link Clock} and a {@link Sleeper} in one, for tests. Sleeping
 * records the requested wait and advances the clock by it at once, so retry, back-off, deadline and
 * pacing logic can be tested without waiting and without asserting on wall-clock time.
 *
 * <pre>{@code
 * ManualTime time = ManualTime.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
 * ClientOptions options = ClientOptions.builder().clock(time.clock()).sleeper(time).build();
 * // … run the call …
 * assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
 * }</pre>
 */
public final class ManualTime implements Sleeper {
    private final Object lock = new Object();
    private final List<Duration> sleeps = new ArrayList<>();
    private Instant now;

    private ManualTime(Instant start) {
        this.now = start;
    }

    /** Time starting at the given instant. */
    public static ManualTime startingAt(Instant start) {
        return new ManualTime(start);
    }

    /** Time starting at 2026-01-01T00:00:00Z. */
    public static ManualTime create() {
        return startingAt(Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** The current instant. */
    public Instant now() {
        synchronized (lock) {
            return now;
        }
    }

    /** Moves time forward without recording a sleep. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time cannot go backwards");
        }
        synchronized (lock) {
            now = now.plus(duration);
        }
    }

    /** Every non-zero wait requested so far, in order. */
    public List<Duration> sleeps() {
        synchronized (lock) {
            return List.copyOf(sleeps);
        }
    }

    /** The sum of the waits requested so far. */
    public Duration totalSlept() {
        return sleeps().stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public void sleep(Duration duration) {
        record(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        record(duration);
        return CompletableFuture.completedFuture(null);
    }

    private void record(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        synchronized (lock) {
            sleeps.add(duration);
            now = now.plus(duration);
        }
    }

    /** A clock reading this time, in UTC. */
    public Clock clock() {
        return new ManualClock(ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return "ManualTime[" + now() + "]";
    }

    /** The clock view of the enclosing time. */
    private final class ManualClock extends Clock {
        private final ZoneId zone;

        ManualClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new ManualClock(zone);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
