package com.annexcloud.sdk.gorgias.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * A leaky bucket on a timeline: it holds up to {@code capacity} requests and drains {@code perSecond}
 * of them each second. Its level is known at one instant, {@code at}, which may lie in the future when
 * slots have been reserved ahead. Not thread-safe: {@link RateLimitPacer} guards it.
 */
final class DrainingBucket {
    private static final double EPSILON = 1e-9;

    private double capacity;
    private double perSecond;
    private double level;
    private Instant at;

    DrainingBucket(double capacity, double perSecond, Instant start) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.at = start;
    }

    /** The earliest instant, not before {@code now} nor before the last slot, at which one more request fits. */
    Instant earliestSlot(Instant now) {
        Instant from = now.isAfter(at) ? now : at;
        double excess = levelAt(from) + 1 - capacity;
        if (excess <= EPSILON) {
            return from;
        }
        return from.plusNanos((long) Math.ceil(excess / perSecond * 1e9));
    }

    /** Adds one request at {@code slot}, which must not be before the last slot. */
    void take(Instant slot) {
        level = levelAt(slot) + 1;
        at = slot;
    }

    /** The level at {@code when}; at or before the last slot, the level after it. */
    double levelAt(Instant when) {
        if (level <= 0 || !when.isAfter(at)) {
            return level;
        }
        Duration drained = Duration.between(at, when);
        double seconds = drained.getSeconds() + drained.getNano() / 1e9;
        return Math.max(0, level - seconds * perSecond);
    }

    /** Whether a slot is reserved after {@code now}. */
    boolean reservedAfter(Instant now) {
        return at.isAfter(now);
    }

    /** Sets the level at {@code when} (which must not be before the last slot). */
    void setLevel(double newLevel, Instant when) {
        level = Math.max(0, newLevel);
        at = when;
    }

    /** Raises the level to at least {@code atLeast}, keeping reserved slots. */
    void raiseTo(double atLeast, Instant now) {
        if (at.isAfter(now)) {
            level = Math.max(level, atLeast);
        } else if (levelAt(now) < atLeast) {
            setLevel(atLeast, now);
        }
    }

    /** Room for exactly one request at {@code when} and none before it (what a 429's {@code Retry-after} says). */
    void fullUntil(Instant when) {
        if (when.isAfter(at)) {
            at = when;
            level = capacity - 1;
        } else {
            level = Math.max(level, capacity - 1);
        }
    }

    /** Changes the budget from {@code now} on; the level drained so far is kept. */
    void resize(double newCapacity, double newPerSecond, Instant now) {
        if (!at.isAfter(now)) {
            setLevel(levelAt(now), now);
        }
        capacity = newCapacity;
        perSecond = newPerSecond;
    }

    /** The level at {@code now} in whole requests, as Gorgias counts it (rounded up). */
    int used(Instant now) {
        return (int) Math.ceil(levelAt(now) - EPSILON);
    }

    double capacity() {
        return capacity;
    }

    double perSecond() {
        return perSecond;
    }
}
