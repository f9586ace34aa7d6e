package com.annexcloud.sdk.gorgias;

import java.time.Duration;
import java.util.Objects;

/**
 * The request budget a client paces itself to: at most {@link #requests()} attempts in any
 * {@link #window()}. Gorgias allows API-key clients 40 requests per 20 seconds and OAuth apps 80
 * (enterprise accounts: the same counts per 10 seconds, set with {@link #of}). The budget is per
 * Gorgias account: give clients that share an account a share of it each, or rely on the pacer
 * trusting the {@code X-Gorgias-Account-Api-Call-Limit} header Gorgias returns.
 *
 * @param requests attempts allowed per window, 1 to 10 000
 * @param window   the length of the window, positive
 */
public record GorgiasRateLimit(int requests, Duration window) {
    private static final int MAX_REQUESTS = 10_000;

    /** Validates the budget. */
    public GorgiasRateLimit {
        Objects.requireNonNull(window, "window");
        if (requests < 1 || requests > MAX_REQUESTS) {
            throw new IllegalArgumentException("requests must be between 1 and " + MAX_REQUESTS + ", was " + requests);
        }
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
    }

    /** 40 requests per 20 seconds: private apps authenticating with an API key (the default with basic auth). */
    public static GorgiasRateLimit apiKey() {
        return new GorgiasRateLimit(40, Duration.ofSeconds(20));
    }

    /** 80 requests per 20 seconds: OAuth apps (the default with a bearer token). */
    public static GorgiasRateLimit oauth() {
        return new GorgiasRateLimit(80, Duration.ofSeconds(20));
    }

    /** A budget of your own, for example half the account's when two processes share it. */
    public static GorgiasRateLimit of(int requests, Duration window) {
        return new GorgiasRateLimit(requests, window);
    }
}
