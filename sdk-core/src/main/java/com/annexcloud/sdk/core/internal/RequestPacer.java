package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.TransportResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Keeps a client under a vendor's rate limit: says how long to wait before each attempt, learns from each response. */
public interface RequestPacer {

    /**
     * Reserves a slot for one attempt at {@code now} and returns how long to wait before sending it; or,
     * when the first free slot is not before {@code deadline}, reserves nothing and returns empty (a slot
     * taken by a call that then gives up would delay every later call for nothing).
     */
    Optional<Duration> reserve(Instant now, Instant deadline);

    /**
     * Learns from a response (for example a rate-limit header) to the attempt sent at {@code sentAt},
     * arriving at {@code now}.
     */
    void observe(TransportResponse response, Instant sentAt, Instant now);

    /** A pacer that never waits. */
    static RequestPacer none() {
        return NoPacing.INSTANCE;
    }
}

/** The pacer that never waits. */
enum NoPacing implements RequestPacer {
    INSTANCE;

    @Override
    public Optional<Duration> reserve(Instant now, Instant deadline) {
        return Optional.of(Duration.ZERO);
    }

    @Override
    public void observe(TransportResponse response, Instant sentAt, Instant now) {
        // nothing to learn
    }
}
