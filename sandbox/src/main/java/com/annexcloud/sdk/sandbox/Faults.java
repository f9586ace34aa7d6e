package com.annexcloud.sdk.sandbox;

import java.time.Duration;

/**
 * Fault and latency injection for one emulator. Rules select requests by HTTP method (case-insensitive,
 * {@code "*"} for any) and a regular expression that must match the whole request path relative to the
 * emulator's base URI, percent-decoded (for example {@code "/users/.*"} or {@code "/customers"}).
 * Failures and drops are consumed in the order they were added; delays stay until {@link #clear()}.
 */
public interface Faults {
    /**
     * Answers the next {@code times} matching requests with {@code status} and the vendor's error body for
     * it, without touching state.
     */
    void failNext(String method, String pathRegex, int status, int times);

    /** Makes every matching request wait {@code latency} in the server before it is answered. */
    void delay(String method, String pathRegex, Duration latency);

    /** Closes the connection of the next {@code times} matching requests without sending a response. */
    void dropNext(String method, String pathRegex, int times);

    /**
     * Handles the next {@code times} matching requests (their effect is applied) and then closes the
     * connection without sending the answer, as when a response is lost on its way back.
     */
    void loseAnswerNext(String method, String pathRegex, int times);

    /** Removes every failure, drop and delay. */
    void clear();
}
