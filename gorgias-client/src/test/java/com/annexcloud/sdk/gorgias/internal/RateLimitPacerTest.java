package com.annexcloud.sdk.gorgias.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitPacerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final RateLimitPacer pacer = new RateLimitPacer(GorgiasRateLimit.apiKey());

    private static TransportResponse withCallLimit(String value) {
        return new TransportResponse(200, Map.of(RateLimitPacer.CALL_LIMIT_HEADER, List.of(value)), new byte[0]);
    }

    @Test
    void fortyGoAtOnceAndTheFortyFirstWaitsForTheWindow() {
        for (int i = 0; i < 40; i++) {
            assertThat(reserve(pacer, T0)).isZero();
        }
        assertThat(reserve(pacer, T0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(reserve(pacer, T0.plusSeconds(5))).isEqualTo(Duration.ofSeconds(15));
        assertThat(pacer.status(T0).used()).isEqualTo(40);
        assertThat(pacer.status(T0.plusSeconds(20)).used()).isEqualTo(2);
    }

    @Test
    void trustsTheServerWhenItCountsMore() {
        reserve(pacer, T0);
        pacer.observe(withCallLimit("35/40"), T0);

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
    void keepsItsOwnCountWhenTheServerCountsLess() {
        for (int i = 0; i < 10; i++) {
            reserve(pacer, T0);
        }
        pacer.observe(withCallLimit(" 3 / 40 "), T0);

        assertThat(pacer.status(T0).used()).isEqualTo(10);
        assertThat(pacer.status(T0).serverUsed()).hasValue(3);
        assertThat(pacer.status(T0).serverLimit()).hasValue(40);
    }

    @Test
    void ignoresAMissingOrMalformedHeader() {
        pacer.observe(new TransportResponse(200, Map.of(), new byte[0]), T0);
        pacer.observe(withCallLimit("lots"), T0);
        pacer.observe(withCallLimit("5/0"), T0);

        assertThat(pacer.status(T0).used()).isZero();
        assertThat(pacer.status(T0).serverLimit()).hasValue(0);
        assertThat(reserve(pacer, T0)).isZero();
    }

    /** A reservation with no deadline in sight. */
    private static Duration reserve(RateLimitPacer pacer, Instant now) {
        return pacer.reserve(now, now.plus(Duration.ofDays(1))).orElseThrow();
    }

    @Test
    void aSlotPastTheDeadlineIsNotTakenSoItDelaysNobody() {
        RateLimitPacer pacer = new RateLimitPacer(GorgiasRateLimit.of(2, Duration.ofSeconds(10)));
        reserve(pacer, T0);
        reserve(pacer, T0);

        assertThat(pacer.reserve(T0, T0.plusSeconds(5))).isEmpty();
        assertThat(pacer.reserve(T0, T0.plusSeconds(5))).isEmpty();
        assertThat(reserve(pacer, T0)).isEqualTo(Duration.ofSeconds(10));
    }
}
