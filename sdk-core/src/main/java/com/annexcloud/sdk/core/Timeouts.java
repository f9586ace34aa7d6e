package com.annexcloud.sdk.core;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * The three time limits of a call: to open a connection, for one attempt (until the whole response,
 * body included, has arrived), and the overall deadline across every attempt, the waits between them and
 * the checks made before re-sending a write whose answer was lost. An attempt never gets more time than
 * the deadline has left; {@link RequestOptions#timeout()} replaces the overall deadline for one view.
 */
@Value.Immutable
public abstract class Timeouts {

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Timeouts}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableTimeouts.Builder {
    }

    /** Connect 5 s, attempt 10 s, deadline 30 s. */
    public static Timeouts defaults() {
        return builder().build();
    }

    /** How long opening a connection may take. */
    @Value.Default
    public Duration connect() {
        return Duration.ofSeconds(5);
    }

    /** How long one attempt may take, from sending the request until the last byte of the body. */
    @Value.Default
    public Duration perAttempt() {
        return Duration.ofSeconds(10);
    }

    /** How long the whole call may take, retries, waits and checks included. */
    @Value.Default
    public Duration overall() {
        return Duration.ofSeconds(30);
    }

    @Value.Check
    protected void check() {
        requirePositive("connect", connect());
        requirePositive("perAttempt", perAttempt());
        requirePositive("overall", overall());
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("timeouts " + name + " must be positive, was " + value);
        }
    }
}
