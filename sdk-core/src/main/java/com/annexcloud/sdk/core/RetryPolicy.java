package com.annexcloud.sdk.core;

import java.time.Duration;
import java.util.Set;
import org.immutables.value.Value;

/**
 * When and how often a retry-safe request is tried again.
 *
 * <p>A request is retried on I/O failures and on the {@link #retryableStatuses()} (by default 408, 429,
 * 500, 502, 503, 504) while fewer than {@link #maxAttempts()} attempts were made and the overall
 * deadline allows. The wait before attempt {@code n+1} is {@code initialBackoff × multiplier^(n-1)},
 * capped at {@link #maxBackoff()}, then spread by ± {@link #jitter()} of itself. A {@code Retry-After}
 * header (seconds or HTTP date) replaces the computed wait, up to {@link #maxRetryAfter()}; a longer
 * demand ends the retries. Requests that change money-like state are retried only when they carry an
 * idempotency key the server deduplicates: each client marks its requests accordingly.
 */
@Value.Immutable
public abstract class RetryPolicy {

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link RetryPolicy}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableRetryPolicy.Builder {
    }

    /** Three attempts, 200 ms doubling to at most 5 s, 20 % jitter, {@code Retry-After} up to 30 s. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** A single attempt: nothing is retried. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** Attempts in all, the first included (1 means no retry). */
    @Value.Default
    public int maxAttempts() {
        return 3;
    }

    /** The wait before the first retry. */
    @Value.Default
    public Duration initialBackoff() {
        return Duration.ofMillis(200);
    }

    /** The longest computed wait between two attempts. */
    @Value.Default
    public Duration maxBackoff() {
        return Duration.ofSeconds(5);
    }

    /** The factor between successive waits. */
    @Value.Default
    public double multiplier() {
        return 2.0;
    }

    /** The share (0 to 1) of each wait that is randomised; 0 makes waits exact. */
    @Value.Default
    public double jitter() {
        return 0.2;
    }

    /** The longest {@code Retry-After} the client is willing to honour. */
    @Value.Default
    public Duration maxRetryAfter() {
        return Duration.ofSeconds(30);
    }

    /** The HTTP statuses that make a retry-safe request try again. */
    @Value.Default
    public Set<Integer> retryableStatuses() {
        return SdkException.TRANSIENT_STATUSES;
    }

    @Value.Check
    protected void check() {
        if (maxAttempts() < 1) {
            throw new IllegalArgumentException("retry maxAttempts must be at least 1, was " + maxAttempts());
        }
        requireNotNegative("initialBackoff", initialBackoff());
        requireNotNegative("maxBackoff", maxBackoff());
        requireNotNegative("maxRetryAfter", maxRetryAfter());
        if (multiplier() < 1.0) {
            throw new IllegalArgumentException("retry multiplier must be at least 1, was " + multiplier());
        }
        if (jitter() < 0 || jitter() > 1) {
            throw new IllegalArgumentException("retry jitter must be between 0 and 1, was " + jitter());
        }
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("retry " + name + " must not be negative, was " + value);
        }
    }

    /** The computed wait before the attempt after {@code attemptsMade} attempts, before jitter. */
    public Duration backoffAfter(int attemptsMade) {
        double millis = initialBackoff().toMillis() * Math.pow(multiplier(), Math.max(0, attemptsMade - 1));
        return Duration.ofMillis((long) Math.min(millis, maxBackoff().toMillis()));
    }
}
