package com.annexcloud.sdk.sandbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Gorgias's per-account leaky bucket: it holds {@code capacity} calls and drains {@code capacity} per
 * {@code window}, measured on the sandbox clock.
 */
final class LeakyBucket {
    private final Clock clock;
    private int capacity;
    private double drainPerSecond;
    private double level;
    private Instant drainedAt;

    /** The outcome of one call: whether it was let through, the level after it, and the wait before a retry. */
    record Admission(boolean admitted, int used, int limit, long retryAfterSeconds) {
        String header() {
            return used + "/" + limit;
        }
    }

    LeakyBucket(int capacity, Duration window, Clock clock) {
        this.clock = clock;
        configure(capacity, window);
    }

    /** Sets the budget and empties the bucket. */
    synchronized void configure(int capacity, Duration window) {
        if (capacity < 1 || window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("budget must be at least 1 request per positive window");
        }
        this.capacity = capacity;
        this.drainPerSecond = capacity / (window.toNanos() / 1e9);
        this.level = 0;
        this.drainedAt = clock.instant();
    }

    /** Adds one call when it fits. */
    synchronized Admission admit() {
        drain();
        if (level + 1 <= capacity + 1e-9) {
            level += 1;
            return new Admission(true, used(), capacity, 0);
        }
        long wait = (long) Math.ceil((level + 1 - capacity) / drainPerSecond);
        return new Admission(false, used(), capacity, Math.max(1, wait));
    }

    /** The current level without adding a call. */
    synchronized Admission peek() {
        drain();
        return new Admission(true, used(), capacity, 0);
    }

    private int used() {
        return (int) Math.ceil(level - 1e-9);
    }

    private void drain() {
        Instant now = clock.instant();
        if (now.isAfter(drainedAt)) {
            double seconds = Duration.between(drainedAt, now).toNanos() / 1e9;
            level = Math.max(0, level - seconds * drainPerSecond);
            drainedAt = now;
        }
    }
}
