package com.annexcloud.sdk.gorgias.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.gorgias.RateLimitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The pacer on virtual time. Gorgias's rate limit is a leaky bucket (https://developers.gorgias.com/reference/limitations:
 * 40 requests per 20 s for API keys, 80 for OAuth apps, a 10 s window for enterprise accounts; every answer
 * carries {@code X-Gorgias-Account-Api-Call-Limit: used/limit}, a 429 carries {@code Retry-after} in seconds);
 * {@link SimulatedAccount} plays such an account.
 */
class RateLimitPacerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration LATENCY = Duration.ofMillis(5);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final RateLimitPacer pacer = RateLimitPacer.capped(GorgiasRateLimit.apiKey(), MAX_RETRY_AFTER);

    private static TransportResponse withCallLimit(String value) {
        return new TransportResponse(200, Map.of(RateLimitPacer.CALL_LIMIT_HEADER, List.of(value)), new byte[0]);
    }

    /** A reservation with no deadline in sight. */
    private static Duration reserve(RateLimitPacer pacer, Instant now) {
        return pacer.reserve(now, now.plus(Duration.ofDays(1))).orElseThrow();
    }

    @Test
    void fortyGoAtOnceAndThenOneEveryHalfSecondAsTheBucketDrains() {
        // a leaky bucket of 40 draining 2 per second (the vendor's model), not a sliding window of 20 s
        for (int i = 0; i < 40; i++) {
            assertThat(reserve(pacer, T0)).isZero();
        }
        assertThat(reserve(pacer, T0)).isEqualTo(Duration.ofMillis(500));
        assertThat(reserve(pacer, T0)).isEqualTo(Duration.ofMillis(1000));
        assertThat(pacer.status(T0.plusSeconds(1)).used()).isEqualTo(40);
        assertThat(pacer.status(T0.plusSeconds(11)).used()).isEqualTo(20);
    }

    @Test
    void trustsTheServerWhenItCountsMore() {
        reserve(pacer, T0);
        pacer.observe(withCallLimit("35/40"), T0, T0);

        assertThat(pacer.status(T0).used()).isEqualTo(35);
        assertThat(pacer.status(T0).serverUsed()).hasValue(35);
        for (int i = 0; i < 5; i++) {
            assertThat(reserve(pacer, T0)).isZero();
        }
        // the server's bucket drains one request per 500 ms
        assertThat(reserve(pacer, T0)).isEqualTo(Duration.ofMillis(500));
        assertThat(reserve(pacer, T0)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void keepsItsOwnCountWhenTheServerCountsLessWhileRequestsAreInFlight() {
        for (int i = 0; i < 10; i++) {
            reserve(pacer, T0);
        }
        pacer.observe(withCallLimit(" 3 / 40 "), T0, T0);

        assertThat(pacer.status(T0).used()).isEqualTo(10);
        assertThat(pacer.status(T0).serverUsed()).hasValue(3);
        assertThat(pacer.status(T0).serverLimit()).hasValue(40);
    }

    @Test
    void trustsALowerServerCountOnceNothingIsInFlight() {
        RateLimitPacer learning = RateLimitPacer.learning(GorgiasRateLimit.apiKey(), MAX_RETRY_AFTER);
        for (int i = 0; i < 40; i++) {
            reserve(learning, T0);
            learning.observe(withCallLimit((i + 1) + "/40"), T0, T0);
        }
        assertThat(reserve(learning, T0)).isEqualTo(Duration.ofMillis(500));
        learning.observe(withCallLimit("12/40"), T0.plusMillis(500), T0.plusMillis(500));

        assertThat(learning.status(T0.plusMillis(500)).used()).isEqualTo(12);
        assertThat(reserve(learning, T0.plusMillis(500))).isZero();
    }

    @Test
    void ignoresAMissingOrMalformedHeader() {
        pacer.observe(new TransportResponse(200, Map.of(), new byte[0]), T0, T0);
        pacer.observe(withCallLimit("lots"), T0, T0);
        pacer.observe(withCallLimit("5/0"), T0, T0);

        assertThat(pacer.status(T0).used()).isZero();
        assertThat(pacer.status(T0).serverLimit()).hasValue(0);
        assertThat(reserve(pacer, T0)).isZero();
    }

    @Test
    void aSlotPastTheDeadlineIsNotTakenSoItDelaysNobody() {
        RateLimitPacer pacer = RateLimitPacer.capped(GorgiasRateLimit.of(2, Duration.ofSeconds(10)), MAX_RETRY_AFTER);
        reserve(pacer, T0);
        reserve(pacer, T0);

        assertThat(pacer.reserve(T0, T0.plusSeconds(5))).isEmpty();
        assertThat(pacer.reserve(T0, T0.plusSeconds(5))).isEmpty();
        // the bucket drains one request per 5 s
        assertThat(reserve(pacer, T0)).isEqualTo(Duration.ofSeconds(5));
    }

    /** A learning pacer whose first request was answered 429 with {@code retryAfter}, at {@link #T0}. */
    private static RateLimitPacer limitedOnce(String retryAfter) {
        RateLimitPacer learning = RateLimitPacer.learning(GorgiasRateLimit.apiKey(), MAX_RETRY_AFTER);
        reserve(learning, T0);
        learning.observe(new TransportResponse(429, Map.of(RateLimitPacer.CALL_LIMIT_HEADER, List.of("40/40"),
                "Retry-after", List.of(retryAfter)), new byte[0]), T0, T0);
        return learning;
    }

    @Test
    void aRetryAfterIsTheServersWordThatOneRequestFitsThen() {
        RateLimitPacer learning = limitedOnce("3");

        assertThat(reserve(learning, T0.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(reserve(learning, T0.plusSeconds(3))).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aRetryAfterLongerThanThePolicyHonoursIsCappedAndAHugeOneDoesNotThrow() {
        RateLimitPacer learning = limitedOnce("9223372036854775807");

        assertThat(reserve(learning, T0)).isEqualTo(MAX_RETRY_AFTER);
    }

    @Test
    void aHeaderClaimingMoreThanTheLimitOrAnAbsurdLimitIsClamped() {
        RateLimitPacer learning = RateLimitPacer.learning(GorgiasRateLimit.apiKey(), MAX_RETRY_AFTER);
        reserve(learning, T0);
        learning.observe(withCallLimit("900/40"), T0, T0);

        assertThat(learning.status(T0).serverUsed()).hasValue(40);
        assertThat(learning.status(T0).used()).isEqualTo(40);

        reserve(learning, T0);
        learning.observe(withCallLimit("5/999999999"), T0, T0);
        assertThat(learning.status(T0).serverLimit()).hasValue(RateLimitPacer.MAX_LIMIT);
        assertThat(learning.status(T0).limit()).isEqualTo(RateLimitPacer.MAX_LIMIT);
    }

    /**
     * A sync's thread and its index pager sharing one client, with uneven latency (20-50 ms
     * to the server, 20-800 ms back, so the server counts a request long before its answer arrives): the drain
     * rate learnt never exceeds the account's, so no request would overflow the bucket (no 429 at all, the
     * first answer included, as the assumed budget of 40 per 20 s is the slowest documented one).
     */
    @ParameterizedTest(name = "{0} per {1} s, seed {2}")
    @CsvSource({"40, 20, 1", "80, 20, 2", "40, 10, 3", "10, 2, 4", "40, 10, 5", "80, 20, 6"})
    void unevenLatencyOnTwoThreadsNeverOverflowsTheBucket(int limit, int windowSeconds, long seed) {
        RateLimitPacer learning = RateLimitPacer.learning(GorgiasRateLimit.apiKey(), MAX_RETRY_AFTER);
        ConcurrentRun run = new ConcurrentRun(learning, new SimulatedAccount(limit, Duration.ofSeconds(windowSeconds), T0),
                2, new java.util.Random(seed));

        run.send(3000);

        assertThat(run.limited).isZero();
        assertThat(learning.status(run.now).requestsPerSecond()).isLessThanOrEqualTo(limit / (double) windowSeconds);
    }

    /**
     * A client at its defaults (API-key assumption, no configured budget) against accounts of every documented
     * budget and a 2 s one: no 429, the whole budget used, and once the first window has passed no pause longer
     * than one request's share of the drain plus a quarter (the proven drain rate lags the true one by about
     * one request per second of history, so a 2 s bucket's pauses are 0.22 s instead of 0.2 s in its second
     * window; the bucket stays full meanwhile, so no budget is lost).
     */
    @ParameterizedTest(name = "{0} per {1} s")
    @CsvSource({"40, 20", "80, 20", "40, 10", "10, 2"})
    void learnsTheAccountsBudgetWithinTheFirstWindow(int limit, int windowSeconds) {
        Duration window = Duration.ofSeconds(windowSeconds);
        Run run = new Run(RateLimitPacer.learning(GorgiasRateLimit.apiKey(), MAX_RETRY_AFTER),
                new SimulatedAccount(limit, window, T0));

        run.send(120);

        double perSecond = limit / (double) windowSeconds;
        assertThat(run.limited).isZero();
        assertThat(run.budgetUse(limit, window)).isGreaterThanOrEqualTo(0.95);
        assertThat(run.longestPauseAfter(T0.plus(window)))
                .isLessThanOrEqualTo(Duration.ofNanos((long) (1.25e9 / perSecond)));
        RateLimitStatus status = run.pacer.status(run.now);
        assertThat(status.limit()).isEqualTo(limit);
        assertThat(status.requestsPerSecond()).isBetween(0.9 * perSecond, perSecond);
    }

    @Test
    void aTwoSecondBucketIsMeasuredAndATwentySecondOneKeepsTheAssumption() {
        Run fast = new Run(RateLimitPacer.learning(GorgiasRateLimit.apiKey(), MAX_RETRY_AFTER),
                new SimulatedAccount(10, Duration.ofSeconds(2), T0));
        Run slow = new Run(RateLimitPacer.learning(GorgiasRateLimit.oauth(), MAX_RETRY_AFTER),
                new SimulatedAccount(40, Duration.ofSeconds(20), T0));

        fast.send(40);
        slow.send(80);

        RateLimitStatus two = fast.pacer.status(fast.now);
        assertThat(two.measured()).isTrue();
        assertThat(two.window()).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2400));
        RateLimitStatus twenty = slow.pacer.status(slow.now);
        assertThat(twenty.limit()).isEqualTo(40);
        assertThat(twenty.window()).isEqualTo(Duration.ofSeconds(20));
        assertThat(fast.limited + slow.limited).isZero();
    }

    @Test
    void aLimitRaisedMidRunIsUsedAtOnce() {
        SimulatedAccount account = new SimulatedAccount(40, Duration.ofSeconds(20), T0);
        Run run = new Run(RateLimitPacer.learning(GorgiasRateLimit.apiKey(), MAX_RETRY_AFTER), account);
        run.send(100);
        Instant raised = run.now;
        account.budget(80, Duration.ofSeconds(20), raised);
        int before = run.admitted;

        run.send(200);

        assertThat(run.limited).isZero();
        double seconds = Duration.between(raised, run.now).toNanos() / 1e9;
        // 40 more fit at once, then 4 per second
        assertThat((run.admitted - before) / (40 + seconds * 4)).isGreaterThanOrEqualTo(0.95);
        assertThat(run.pacer.status(run.now).limit()).isEqualTo(80);
    }

    @Test
    void aLimitLoweredMidRunCostsAtMostOne429() {
        SimulatedAccount account = new SimulatedAccount(80, Duration.ofSeconds(20), T0);
        Run run = new Run(RateLimitPacer.learning(GorgiasRateLimit.oauth(), MAX_RETRY_AFTER), account);
        run.send(120);
        account.budget(40, Duration.ofSeconds(20), run.now);
        Instant lowered = run.now;
        int before = run.admitted;

        run.send(100);

        assertThat(run.limited).isLessThanOrEqualTo(1);
        double seconds = Duration.between(lowered, run.now).toNanos() / 1e9;
        // the full bucket (80) must first drain to the new limit (40), then 2 per second fit
        assertThat((run.admitted - before + 40) / (seconds * 2)).isBetween(0.95, 1.01);
        assertThat(run.pacer.status(run.now).limit()).isEqualTo(40);
    }

    @Test
    void aConfiguredBudgetCapsTheClientBelowTheAccounts() {
        Run run = new Run(RateLimitPacer.capped(GorgiasRateLimit.of(20, Duration.ofSeconds(20)), MAX_RETRY_AFTER),
                new SimulatedAccount(40, Duration.ofSeconds(10), T0));

        run.send(80);

        assertThat(run.limited).isZero();
        // 20 at once, then one per second: the cap's budget, a quarter of the account's rate
        assertThat(Duration.between(T0, run.now)).isGreaterThanOrEqualTo(Duration.ofSeconds(59));
        assertThat(run.pacer.status(run.now).limit()).isEqualTo(20);
        assertThat(run.pacer.status(run.now).window()).isEqualTo(Duration.ofSeconds(20));
    }

    /**
     * Requests sent one after another, as a sync sends them: each is answered {@link #LATENCY} after it is
     * sent, and a 429 is waited out for its {@code Retry-after} and sent again (as the client's pipeline does).
     */
    private static final class Run {
        final RateLimitPacer pacer;
        final SimulatedAccount account;
        final List<Instant> pauseEnds = new ArrayList<>();
        final List<Duration> pauses = new ArrayList<>();
        Instant now = T0;
        int admitted;
        int limited;

        Run(RateLimitPacer pacer, SimulatedAccount account) {
            this.pacer = pacer;
            this.account = account;
        }

        void send(int requests) {
            for (int i = 0; i < requests; i++) {
                while (!sendOne()) {
                    limited++;
                }
                admitted++;
            }
        }

        private boolean sendOne() {
            Duration wait = reserve(pacer, now);
            now = now.plus(wait);
            pauses.add(wait);
            pauseEnds.add(now);
            Instant sent = now;
            TransportResponse response = account.answer(now);
            now = now.plus(LATENCY);
            pacer.observe(response, sent, now);
            if (response.status() != 429) {
                return true;
            }
            now = now.plusSeconds(Long.parseLong(response.header("Retry-after").orElseThrow()));
            return false;
        }

        /** requests ÷ ((elapsed + window) × rate): a full bucket at once and then the drain rate scores 1. */
        double budgetUse(int limit, Duration window) {
            double elapsed = Duration.between(T0, now).toNanos() / 1e9;
            return admitted / ((elapsed + window.toNanos() / 1e9) * (limit / (window.toNanos() / 1e9)));
        }

        /** The longest pause that started after {@code from}. */
        Duration longestPauseAfter(Instant from) {
            Duration longest = Duration.ZERO;
            for (int i = 0; i < pauses.size(); i++) {
                boolean startsAfter = pauseEnds.get(i).minus(pauses.get(i)).isAfter(from);
                if (startsAfter && pauses.get(i).compareTo(longest) > 0) {
                    longest = pauses.get(i);
                }
            }
            return longest;
        }
    }

    /**
     * {@code threads} callers each sending one request after another, on virtual time: each request reaches the
     * server 20-50 ms after it is sent and its answer comes back 20-800 ms later; a 429 is waited out for its
     * {@code Retry-after}. Events run in time order, as they would on a real clock.
     */
    private static final class ConcurrentRun {
        private record Event(Instant at, long order, Runnable action) {
        }

        final RateLimitPacer pacer;
        final SimulatedAccount account;
        final java.util.Random random;
        final java.util.PriorityQueue<Event> events = new java.util.PriorityQueue<>(
                java.util.Comparator.comparing(Event::at).thenComparingLong(Event::order));
        Instant now = T0;
        long order;
        int sent;
        int limited;
        int quota;

        ConcurrentRun(RateLimitPacer pacer, SimulatedAccount account, int threads, java.util.Random random) {
            this.pacer = pacer;
            this.account = account;
            this.random = random;
            for (int i = 0; i < threads; i++) {
                at(T0, this::free);
            }
        }

        void send(int requests) {
            quota = requests;
            while (!events.isEmpty()) {
                Event next = events.poll();
                now = next.at();
                next.action().run();
            }
        }

        private void at(Instant when, Runnable action) {
            events.add(new Event(when, order++, action));
        }

        private void free() {
            if (sent == quota) {
                return;
            }
            sent++;
            Instant sentAt = now.plus(reserve(pacer, now));
            Instant counted = sentAt.plusMillis(20 + random.nextInt(31));
            Duration back = Duration.ofMillis(20 + random.nextInt(781));
            at(counted, () -> {
                TransportResponse response = account.answer(now);
                at(now.plus(back), () -> answered(response, sentAt));
            });
        }

        private void answered(TransportResponse response, Instant sentAt) {
            pacer.observe(response, sentAt, now);
            if (response.status() == 429) {
                limited++;
                at(now.plusSeconds(Long.parseLong(response.header("Retry-after").orElseThrow())), this::free);
            } else {
                at(now, this::free);
            }
        }
    }
}
