package com.annexcloud.sdk.gorgias;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * A snapshot of a client's rate-limit pacing, for metrics: the budget the client paces to (the account's
 * leaky bucket as learnt from the server, within any configured cap) and how full it is.
 *
 * @param used        requests in the bucket now, as the pacer models it (the server's count, the client's
 *                    own requests since, drained at the budget's rate)
 * @param limit       the bucket's size: requests that may be sent at once
 * @param window      the time the bucket takes to drain {@code limit} requests ({@code limit / window} is
 *                    the sustained rate)
 * @param serverUsed  the used count of the last {@code X-Gorgias-Account-Api-Call-Limit} header, if any
 * @param serverLimit the limit of that header, if any
 * @param measured    whether the drain rate was measured from the server's answers (else it is assumed:
 *                    the limit per 20 s, the longest window Gorgias documents, or the configured budget)
 */
public record RateLimitStatus(int used, int limit, Duration window, OptionalInt serverUsed, OptionalInt serverLimit,
                              boolean measured) {
    /** The sustained rate, requests per second. */
    public double requestsPerSecond() {
        return limit / (window.toNanos() / 1e9);
    }
}
