package com.annexcloud.sdk.bridge.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.internal.Json;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The card models hold points figures plain, however they were built or read: a decimal-precision site sends
 * {@code "6656.00"} for 6656 (the API portal: the type of {@code pointsToNextTier} depends on the site's
 * decimal precision), and the card must show and compare it as {@code 6656}, never rounding a fraction.
 */
class CardFiguresTest {
    private static final BigDecimal SITE_6656 = new BigDecimal("6656.00");

    @Test
    void pointsFiguresAreHeldWithoutTrailingZerosSoEqualAmountsAreEqual() {
        PointsSummary fromSite = PointsSummary.builder().available(SITE_6656).lifetime(new BigDecimal("7256.50"))
                .used(new BigDecimal("6.6E+2")).expired(BigDecimal.ZERO.setScale(2)).hold(new BigDecimal("1000"))
                .expiring(new BigDecimal("56.0")).currencyValue(new BigDecimal("66.5600")).build();

        assertThat(fromSite).isEqualTo(PointsSummary.builder().available(new BigDecimal("6656"))
                .lifetime(new BigDecimal("7256.5")).used(new BigDecimal("660")).expired(BigDecimal.ZERO)
                .hold(new BigDecimal("1000")).expiring(new BigDecimal("56")).currencyValue(new BigDecimal("66.56")).build());
        assertThat(Json.write(fromSite)).asString().contains("\"available\":6656,", "\"lifetime\":7256.5,", "\"used\":660,");
    }

    @Test
    void tierActivityAndRewardFiguresToo() {
        assertThat(TierSummary.builder().pointsToNext(new BigDecimal("120.00")).build().pointsToNext())
                .contains(new BigDecimal("120"));
        assertThat(ActivityLine.builder().points(new BigDecimal("-50.00")).build().points()).contains(new BigDecimal("-50"));
        assertThat(RewardLine.builder().id("111").points(new BigDecimal("1250.750")).build().points())
                .contains(new BigDecimal("1250.75"));
    }

    @Test
    void aCardReadFromJsonIsNormalisedAlike() throws Exception {
        PointsSummary read = Json.mapper().readValue("{\"available\":6656.00,\"hold\":\"1000.0\"}", PointsSummary.class);

        assertThat(read.available()).contains(new BigDecimal("6656"));
        assertThat(read.hold()).contains(new BigDecimal("1000"));
    }
}
