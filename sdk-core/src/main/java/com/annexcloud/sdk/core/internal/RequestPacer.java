package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.TransportResponse;
import java.time.Duration;
import java.time.Instant;

/** Keeps a client under a vendor's rate limit: says how long to wait before each attempt, learns from each response. */
public interface RequestPacer {

    /** Reserves a slot for one attempt at {@code now} and returns how long to wait before sending it. */
    Duration reserve(Instant now);

    /** Learns from a response (for example a rate-limit header). */
    void observe(TransportResponse response, Instant now);

    /** A pacer that never waits. */
    static RequestPacer none() {
        return NoPacing.INSTANCE;
    }
}

/** The pacer that never waits. */
enum NoPacing implements RequestPacer {
    INSTANCE;

    @Override
    public Duration reserve(Instant now) {
        return Duration.ZERO;
    }

    @Override
    public void observe(TransportResponse response, Instant now) {
        // nothing to learn
    }
}
