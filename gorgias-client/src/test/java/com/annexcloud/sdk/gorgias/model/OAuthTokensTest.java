package com.annexcloud.sdk.gorgias.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.Secret;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When tokens count as due, and that their text never shows them. */
class OAuthTokensTest {
    private static final Instant EXPIRES = Instant.parse("2026-01-02T00:00:00Z");
    private static final OAuthTokens TOKENS = OAuthTokens.builder().accessToken(Secret.of("acc-model-7777"))
            .refreshToken(Secret.of("ref-model-8888")).expiresAt(EXPIRES).build();

    @Test
    void tokensAreDueFromTheMarginBeforeExpiryOn() {
        Duration margin = Duration.ofMinutes(5);

        assertThat(TOKENS.expiresWithin(margin, EXPIRES.minus(margin).minusSeconds(1))).isFalse();
        assertThat(TOKENS.expiresWithin(margin, EXPIRES.minus(margin))).isTrue();
        assertThat(TOKENS.expiresWithin(Duration.ZERO, EXPIRES)).isTrue();
        assertThat(TOKENS.expiresWithin(Duration.ZERO, EXPIRES.minusMillis(1))).isFalse();
    }

    @Test
    void toStringShowsNeitherToken() {
        assertThat(TOKENS.toString()).doesNotContain("acc-model-7777").doesNotContain("ref-model-8888")
                .contains("Secret[REDACTED]");
    }
}
