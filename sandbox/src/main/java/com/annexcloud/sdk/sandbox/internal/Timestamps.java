package com.annexcloud.sdk.sandbox.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The vendors' timestamp formats. */
final class Timestamps {
    /** Annex Cloud servers report Pacific time, as in their samples ({@code -0700}). */
    static final ZoneOffset ANNEX_OFFSET = ZoneOffset.ofHours(-7);
    private static final DateTimeFormatter ANNEX = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final DateTimeFormatter GORGIAS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private Timestamps() {
    }

    /** Now, in Annex Cloud's offset, to the second. */
    static OffsetDateTime annexNow(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ANNEX_OFFSET).withNano(0);
    }

    /** {@code 2018-04-01T00:00:00-0700} in the value's own offset, {@code ""} when absent. */
    static String annex(Optional<OffsetDateTime> value) {
        return value.map(ANNEX::format).orElse("");
    }

    /** Now on the clock, in UTC, to the microsecond as Gorgias stores it. */
    static OffsetDateTime gorgiasNow(Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return now.withNano(now.getNano() / 1_000 * 1_000);
    }

    /** {@code 2021-11-15T11:25:12.580565+00:00}, always in UTC. */
    static String gorgias(OffsetDateTime value) {
        return GORGIAS.format(value.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
