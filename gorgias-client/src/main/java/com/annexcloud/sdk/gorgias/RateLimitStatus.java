package com.annexcloud.sdk.gorgias;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * A snapshot of a client's rate-limit pacing, for metrics.
 *
 * @param used        attempts counted in the current window (the client's own, plus any the server
 *                    reported beyond them)
 * @param limit       the attempts allowed per window
 * @param window      the window length
 * @param serverUsed  the used count of the last {@code X-Gorgias-Account-Api-Call-Limit} header, if any
 * @param serverLimit the limit of that header, if any
 */
public record RateLimitStatus(int used, int limit, Duration window, OptionalInt serverUsed, OptionalInt serverLimit) {
}
