package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.RequestListener;
import com.annexcloud.sdk.gorgias.RateLimitStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts the Gorgias requests a command sends (every attempt, retries included) and the 429s among the
 * answers, and describes them against the budget the client paces to: budget use is
 * {@code requests ÷ ((elapsed + window) × rate)}, 1.0 when a full bucket was sent at once and then the
 * drain rate. Thread-safe.
 */
final class BudgetMeter implements RequestListener {
    private final Clock clock;
    private Instant first;
    private long requests;
    private long limited;

    BudgetMeter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void onEvent(RequestEvent event) {
        if (event.kind() != RequestEvent.Kind.END) {
            requests++;
            if (first == null) {
                first = clock.instant();
            }
        }
        if (event.kind() != RequestEvent.Kind.START && event.status().orElse(0) == 429) {
            limited++;
        }
    }

    /** The budget and its use so far, such as {@code gorgias budget 10/2.0s (measured): 45 requests in 12.1 s, use 0.97, 0 answered 429}. */
    synchronized String line(RateLimitStatus status) {
        String budget = String.format("gorgias budget %d/%.1fs (%s)", status.limit(), seconds(status.window()),
                status.measured() ? "measured" : status.serverLimit().isPresent() ? "limit read, rate assumed" : "assumed");
        if (first == null) {
            return budget + ": no request yet";
        }
        double elapsed = seconds(Duration.between(first, clock.instant()));
        double use = requests / ((elapsed + seconds(status.window())) * status.requestsPerSecond());
        return String.format("%s: %d requests in %.1f s, use %.2f, %d answered 429", budget, requests, elapsed, use,
                limited);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
