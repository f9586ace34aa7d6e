package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.TransportResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Gorgias account's rate limit as Gorgias documents it (https://developers.gorgias.com/reference/limitations):
 * a leaky bucket of {@code limit} requests draining {@code limit} per window, every answer carrying
 * {@code X-Gorgias-Account-Api-Call-Limit: used/limit}, a request over the limit answered 429 with
 * {@code Retry-after} in whole seconds. On virtual time, for pacer tests.
 */
final class SimulatedAccount {
    private int limit;
    private double perSecond;
    private double level;
    private Instant drainedAt;

    SimulatedAccount(int limit, Duration window, Instant start) {
        this.drainedAt = start;
        budget(limit, window, start);
    }

    /** Changes the budget at {@code now}, keeping the level (an account changing plan mid-run). */
    void budget(int newLimit, Duration window, Instant now) {
        drain(now);
        limit = newLimit;
        perSecond = newLimit / (window.toNanos() / 1e9);
    }

    /** The answer to one request arriving at {@code now}. */
    TransportResponse answer(Instant now) {
        drain(now);
        if (level + 1 > limit + 1e-9) {
            long retryAfter = Math.max(1, (long) Math.ceil((level + 1 - limit) / perSecond));
            return response(429, Map.of("Retry-after", List.of(Long.toString(retryAfter))));
        }
        level += 1;
        return response(200, Map.of());
    }

    private TransportResponse response(int status, Map<String, List<String>> extra) {
        Map<String, List<String>> headers = new java.util.HashMap<>(extra);
        headers.put(RateLimitPacer.CALL_LIMIT_HEADER, List.of((int) Math.ceil(level - 1e-9) + "/" + limit));
        return new TransportResponse(status, headers, new byte[0]);
    }

    private void drain(Instant now) {
        double seconds = Duration.between(drainedAt, now).toNanos() / 1e9;
        level = Math.max(0, level - seconds * perSecond);
        drainedAt = now;
    }
}
