package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The access log line of the widget server (the process test checks a real request's line). */
class AccessLogTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123Z");

    @Test
    void aLineIsTimeMethodPathStatusAndMilliseconds() {
        assertThat(AccessLog.line(AT, "GET", "/gorgias/loyalty", 200, 3))
                .isEqualTo("2026-12-01T10:00:00.123Z GET /gorgias/loyalty 200 3 ms");
    }

    @Test
    void whatTheClientSentCannotForgeOrFloodALine() {
        String line = AccessLog.line(AT, "GET", "/a\r\n2026-12-01T10:00:00Z GET /forged 200 1 ms\u00e9" + "x".repeat(500), 400, 0);

        assertThat(line).doesNotContain("\r", "\n", "\u00e9").startsWith("2026-12-01T10:00:00.123Z GET /a??2026")
                .endsWith("... 400 0 ms").hasSizeLessThan(300);
        assertThat(AccessLog.line(AT, null, null, 400, 0)).isEqualTo("2026-12-01T10:00:00.123Z - - 400 0 ms");
    }
}
