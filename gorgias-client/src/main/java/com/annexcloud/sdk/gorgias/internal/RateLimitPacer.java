package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.RequestPacer;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.gorgias.RateLimitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paces one client under Gorgias's leaky bucket. Gorgias's bucket holds {@code limit} requests and
 * drains at {@code limit / window}; this pacer keeps the send times of the attempts of the last window
 * and gives each new attempt the earliest slot at which no window of that length holds more than
 * {@code limit} attempts. That never overflows the server's bucket (a full bucket has drained by the
 * time a window has passed) and reaches the same long-run rate.
 *
 * <p>Every response's {@code X-Gorgias-Account-Api-Call-Limit: used/limit} is read. When the server
 * counts more than this pacer did (other clients share the account), the difference is added as
 * requests made now that drain one per {@code window / limit}, the way the server's bucket drains, so
 * the pacer trusts the server's count. Thread-safe.
 */
public final class RateLimitPacer implements RequestPacer {
    /** The header Gorgias sends on every response. */
    public static final String CALL_LIMIT_HEADER = "X-Gorgias-Account-Api-Call-Limit";
    private static final Pattern CALL_LIMIT = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    private final int limit;
    private final Duration window;
    private final List<Instant> slots = new ArrayList<>();
    private int serverUsed = -1;
    private int serverLimit = -1;

    /** A pacer for the given budget. */
    public RateLimitPacer(GorgiasRateLimit rateLimit) {
        this.limit = rateLimit.requests();
        this.window = rateLimit.window();
    }

    @Override
    public synchronized Optional<Duration> reserve(Instant now, Instant deadline) {
        forgetBefore(now);
        Instant slot = now;
        if (!slots.isEmpty()) {
            slot = later(slot, slots.get(slots.size() - 1));
        }
        if (slots.size() >= limit) {
            slot = later(slot, slots.get(slots.size() - limit).plus(window));
        }
        if (!slot.isBefore(deadline)) {
            return Optional.empty();
        }
        slots.add(slot);
        return Optional.of(Duration.between(now, slot));
    }

    @Override
    public synchronized void observe(TransportResponse response, Instant now) {
        Optional<Matcher> header = response.header(CALL_LIMIT_HEADER)
                .map(CALL_LIMIT::matcher)
                .filter(Matcher::matches);
        if (header.isEmpty()) {
            return;
        }
        serverUsed = Integer.parseInt(header.get().group(1));
        serverLimit = Integer.parseInt(header.get().group(2));
        forgetBefore(now);
        int extra = Math.min(serverUsed, limit) - usedAt(now);
        if (extra <= 0 || serverLimit == 0) {
            return;
        }
        Duration drain = window.dividedBy(serverLimit);
        Instant start = now.minus(window);
        for (int i = 1; i <= extra; i++) {
            slots.add(start.plus(drain.multipliedBy(i)));
        }
        Collections.sort(slots);
    }

    /** The current state, at {@code now}. */
    public synchronized RateLimitStatus status(Instant now) {
        forgetBefore(now);
        return new RateLimitStatus(usedAt(now), limit, window,
                serverUsed < 0 ? OptionalInt.empty() : OptionalInt.of(serverUsed),
                serverLimit < 0 ? OptionalInt.empty() : OptionalInt.of(serverLimit));
    }

    /** Slots taken in the window ending at {@code now} (reserved future slots not included). */
    private int usedAt(Instant now) {
        return (int) slots.stream().filter(slot -> !slot.isAfter(now)).count();
    }

    /** Drops the slots that have left the window ending at {@code now}. */
    private void forgetBefore(Instant now) {
        Instant horizon = now.minus(window);
        slots.removeIf(slot -> !slot.isAfter(horizon));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public String toString() {
        return "RateLimitPacer[" + limit + " per " + window + "]";
    }
}
