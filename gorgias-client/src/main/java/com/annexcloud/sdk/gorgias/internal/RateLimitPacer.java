package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.RequestPacer;
import com.annexcloud.sdk.core.internal.RetryAfter;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.gorgias.RateLimitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paces one client under the Gorgias account's leaky bucket, learning the bucket from the server.
 *
 * <p>Gorgias documents a leaky bucket per account whose size ({@code limit}) every answer states in
 * {@code X-Gorgias-Account-Api-Call-Limit: used/limit}, and whose drain rate it does not state (40 or 80
 * per 20 s, the same per 10 s on some plans). The pacer keeps a model of that bucket:
 * <ul>
 *   <li>its size is the header's limit (before the first answer, the assumed budget's);</li>
 *   <li>its level is the header's {@code used} when no request of this client is in flight (and at least
 *       that while some are), so the server's count, other clients' requests included, is trusted;</li>
 *   <li>its drain rate starts at the limit per 20 s, the longest window Gorgias documents, and rises to what
 *       the answers prove. The server counted a request somewhere between its sending and its answer, so
 *       between an earlier answer A and a later one B (B sent after A arrived) at most
 *       {@code B.arrived − A.sent} passed on the server, and at least the requests sent after A arrived and
 *       answered before B was sent were counted in between ({@code n}); as the header rounds up, the bucket
 *       drained at least {@code A.used + n − B.used} in that time. Only such lower bounds are used, whatever
 *       the latency and however many threads share the client, so the model never drains faster than the
 *       server;</li>
 *   <li>a 429's {@code Retry-after} (capped at the retry policy's longest honoured wait) is taken as the
 *       server's word that one request fits after it, and the drain rate falls back to the assumption to be
 *       learnt again.</li>
 * </ul>
 * Each attempt gets the earliest slot at which the model has room for it. A configured budget (a share of
 * the account for processes that share it) is a second bucket that caps this client's own requests. A
 * change of the header's limit rescales the drain rate (same window assumed) and restarts the learning.
 * A limit above {@value #MAX_LIMIT} is read as that, and {@code used} as at most the limit. Thread-safe.
 */
public final class RateLimitPacer implements RequestPacer {
    /** The header Gorgias sends on every response. */
    public static final String CALL_LIMIT_HEADER = "X-Gorgias-Account-Api-Call-Limit";
    /** The longest window Gorgias documents: the drain rate assumed for a limit until the answers prove more. */
    static final Duration ASSUMED_WINDOW = Duration.ofSeconds(20);
    /** Answers closer together than this say too little about the drain (the header is a whole number). */
    private static final Duration MIN_BASELINE = Duration.ofSeconds(1);
    private static final int MAX_ANCHORS = 256;
    /** A request unanswered for this long is taken as lost (it failed without a response). */
    private static final Duration IN_FLIGHT_TTL = Duration.ofMinutes(2);
    /** The largest bucket believed: a header claiming more is read as this. */
    static final int MAX_LIMIT = 10_000;
    private static final Pattern CALL_LIMIT = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    private final GorgiasRateLimit cap;
    private final Duration maxRetryAfter;
    private final DrainingBucket own;
    private final DrainingBucket account;
    /** The counted answers since the learning last started, oldest first. */
    private final Deque<Answer> anchors = new ArrayDeque<>();
    private final Deque<Instant> inFlight = new ArrayDeque<>();
    private int limit;
    private double drainPerSecond;
    private boolean limitRead;
    private boolean measured;
    private int serverUsed = -1;
    private int serverLimit = -1;

    /** One counted answer: when its request was sent, when the answer arrived, and the header's used. */
    private record Answer(Instant sent, Instant arrived, int used) {
    }

    private RateLimitPacer(GorgiasRateLimit assumed, GorgiasRateLimit cap, Duration maxRetryAfter) {
        this.cap = cap;
        this.maxRetryAfter = maxRetryAfter;
        this.limit = assumed.requests();
        this.drainPerSecond = perSecond(assumed);
        this.account = new DrainingBucket(limit, drainPerSecond, Instant.EPOCH);
        this.own = cap == null ? null : new DrainingBucket(cap.requests(), perSecond(cap), Instant.EPOCH);
    }

    /**
     * A pacer that learns the account's budget, assuming {@code assumed} until the first answer, and waits
     * out a {@code Retry-after} for at most {@code maxRetryAfter} (the retry policy's cap).
     */
    public static RateLimitPacer learning(GorgiasRateLimit assumed, Duration maxRetryAfter) {
        return new RateLimitPacer(assumed, null, maxRetryAfter);
    }

    /** A pacer like {@link #learning} that also never lets this client exceed {@code cap}. */
    public static RateLimitPacer capped(GorgiasRateLimit cap, Duration maxRetryAfter) {
        return new RateLimitPacer(cap, cap, maxRetryAfter);
    }

    @Override
    public synchronized Optional<Duration> reserve(Instant now, Instant deadline) {
        while (!inFlight.isEmpty() && inFlight.peekFirst().plus(IN_FLIGHT_TTL).isBefore(now)) {
            inFlight.removeFirst();
        }
        Instant slot = account.earliestSlot(now);
        if (own != null) {
            slot = later(slot, own.earliestSlot(now));
        }
        if (!slot.isBefore(deadline)) {
            return Optional.empty();
        }
        account.take(slot);
        if (own != null) {
            own.take(slot);
        }
        inFlight.addLast(slot);
        return Optional.of(Duration.between(now, slot));
    }

    @Override
    public synchronized void observe(TransportResponse response, Instant sentAt, Instant now) {
        inFlight.pollFirst();
        Optional<Matcher> header = response.header(CALL_LIMIT_HEADER)
                .map(CALL_LIMIT::matcher)
                .filter(Matcher::matches);
        if (header.isEmpty()) {
            return;
        }
        serverLimit = Math.min(Integer.parseInt(header.get().group(2)), MAX_LIMIT);
        serverUsed = Math.min(Integer.parseInt(header.get().group(1)), serverLimit);
        if (serverLimit == 0) {
            return;
        }
        if (!limitRead || serverLimit != limit) {
            limitChanged(serverLimit, now);
        }
        if (response.status() == 429) {
            limited(response, now);
            return;
        }
        learnDrain(serverUsed, sentAt, now);
        if (inFlight.isEmpty() && !account.reservedAfter(now)) {
            account.setLevel(serverUsed, now);
        } else {
            account.raiseTo(serverUsed, now);
        }
    }

    /** The first limit read, or a new one: the drain assumed for it, learning started over. */
    private void limitChanged(int newLimit, Instant now) {
        drainPerSecond = limitRead ? drainPerSecond * newLimit / limit : newLimit / seconds(ASSUMED_WINDOW);
        limit = newLimit;
        limitRead = true;
        measured = false;
        anchors.clear();
        account.resize(limit, drainPerSecond, now);
    }

    /** A 429: the model drained too fast or others spent the budget; wait what the server says, relearn. */
    private void limited(TransportResponse response, Instant now) {
        anchors.clear();
        measured = false;
        drainPerSecond = Math.min(drainPerSecond, limit / seconds(ASSUMED_WINDOW));
        account.resize(limit, drainPerSecond, now);
        Duration wait = response.header("Retry-after").flatMap(value -> RetryAfter.parse(value, now))
                .map(asked -> asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked)
                .orElse(Duration.ofNanos((long) Math.ceil(1e9 / drainPerSecond)));
        account.fullUntil(now.plus(wait));
    }

    /** Raises the drain rate to the largest lower bound that an earlier answer and this one prove. */
    private void learnDrain(int used, Instant sentAt, Instant now) {
        double proven = 0;
        for (Answer anchor : anchors) {
            Duration interval = Duration.between(anchor.sent(), now);
            if (anchor.arrived().isAfter(sentAt) || interval.compareTo(MIN_BASELINE) < 0) {
                continue;
            }
            double fell = anchor.used() + countedBetween(anchor.arrived(), sentAt) - used;
            proven = Math.max(proven, fell / seconds(interval));
        }
        if (proven > drainPerSecond) {
            drainPerSecond = proven;
            measured = true;
            account.resize(limit, drainPerSecond, now);
        }
        anchors.addLast(new Answer(sentAt, now, used));
        if (anchors.size() > MAX_ANCHORS) {
            anchors.removeFirst();
        }
    }

    /** The counted requests surely counted by the server between {@code from} and {@code to}. */
    private int countedBetween(Instant from, Instant to) {
        int between = 0;
        for (Answer answer : anchors) {
            if (!answer.sent().isBefore(from) && !answer.arrived().isAfter(to)) {
                between++;
            }
        }
        return between;
    }

    /** The current state, at {@code now}. */
    public synchronized RateLimitStatus status(Instant now) {
        int used = Math.max(account.used(now), own == null ? 0 : own.used(now));
        int effectiveLimit = own == null ? limit : Math.min(limit, cap.requests());
        double rate = own == null ? drainPerSecond : Math.min(drainPerSecond, perSecond(cap));
        return new RateLimitStatus(used, effectiveLimit, Duration.ofNanos(Math.round(effectiveLimit / rate * 1e9)),
                serverUsed < 0 ? OptionalInt.empty() : OptionalInt.of(serverUsed),
                serverLimit < 0 ? OptionalInt.empty() : OptionalInt.of(serverLimit), measured);
    }

    private static double perSecond(GorgiasRateLimit budget) {
        return budget.requests() / seconds(budget.window());
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public String toString() {
        return "RateLimitPacer[" + (cap == null ? "learning" : "capped at " + cap.requests() + " per " + cap.window())
                + "]";
    }
}
