package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.internal.Checks;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request budget as a leaky bucket: {@link #requests()} may be sent at once, and the bucket drains
 * {@code requests} per {@link #window()}. Gorgias allows API-key clients 40 requests per 20 seconds and
 * OAuth apps 80 (enterprise accounts: the same counts per 10 seconds). A client learns its account's budget
 * from the server's answers; given to {@code GorgiasClient.Builder.rateLimit} a budget caps the client's own
 * requests, for example half the account's for each of two processes that share it.
 *
 * @param requests attempts allowed at once, 1 to 10 000
 * @param window   the length of the window, positive
 */
public record GorgiasRateLimit(int requests, Duration window) {
    private static final int MAX_REQUESTS = 10_000;
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*(ms|s|m)\\s*");

    /** Validates the budget. */
    public GorgiasRateLimit {
        Checks.requireNonNull(window, "window");
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

    /**
     * Reads a budget written as {@code requests/window} with a unit: {@code 40/20s}, {@code 10/2s},
     * {@code 80/1m}, {@code 5/500ms}.
     *
     * @throws IllegalArgumentException saying what is expected, for any other text or an out-of-range budget
     */
    public static GorgiasRateLimit parse(String text) {
        Matcher match = TEXT.matcher(Checks.requireNonNull(text, "text"));
        if (!match.matches()) {
            throw new IllegalArgumentException("a rate limit is written requests/window, such as 40/20s, 10/2s or "
                    + "80/1m");
        }
        long amount = Long.parseLong(match.group(2));
        Duration window = switch (match.group(3)) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
        return new GorgiasRateLimit(Integer.parseInt(match.group(1)), window);
    }
}
