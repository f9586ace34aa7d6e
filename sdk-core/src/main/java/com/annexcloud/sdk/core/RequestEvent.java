package com.annexcloud.sdk.core;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a {@link RequestListener} is told about a call: which request, which attempt, and for retries
 * and ends the status, the elapsed time and the failure. It holds no header, body or query string;
 * {@link #route()} names the path without its ids.
 */
@Value.Immutable
public interface RequestEvent {

    /** The phase of the call this event reports. */
    enum Kind {
        /** The first attempt is about to be sent. */
        START,
        /** An attempt failed and another follows after {@link #delay()}. */
        RETRY,
        /** The call is over: a response was accepted or the last failure is final. */
        END
    }

    /** The phase. */
    Kind kind();

    /**
     * Identifies the call across its events (the same for its START, RETRYs and END; unique within the JVM),
     * so a listener can pair them, as a tracer does with a span; 0 when the event was built by hand.
     */
    @Value.Default
    default long callId() {
        return 0;
    }

    /** The client that made the call, for example {@code annexcloud} or {@code gorgias}. */
    String client();

    /** Method and path of the request. */
    RequestDescription request();

    /**
     * The template the path was built from, ids replaced by {@code {id}} (such as {@code /users/{id}/tiers}):
     * a bounded value without personal data, fit for a metric tag or span name. The path itself when the
     * client filled none.
     */
    @Value.Default
    default String route() {
        return request().path();
    }

    /** The attempt number, from 1. */
    int attempt();

    /** The status of the last response, when one arrived. */
    OptionalInt status();

    /** Time since the call started. */
    Duration elapsed();

    /**
     * The time the call has waited so far for the client's rate-limit pacer before its attempts (zero when it
     * never waited); on {@link Kind#END}, the total.
     */
    @Value.Default
    default Duration paced() {
        return Duration.ZERO;
    }

    /** For {@link Kind#RETRY}: the wait before the next attempt. */
    Optional<Duration> delay();

    /** The failure of the last attempt, when it failed without a response. */
    Optional<Throwable> failure();
}
