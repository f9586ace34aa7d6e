package com.annexcloud.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RequestOptions} refuses what could override the SDK's headers or smuggle one, and hides values. */
class RequestOptionsTest {

    @Test
    void noneHasNothing() {
        assertThat(RequestOptions.none().timeout()).isEmpty();
        assertThat(RequestOptions.none().headers()).isEmpty();
        assertThat(RequestOptions.none().idempotencyKey()).isEmpty();
        assertThat(RequestOptions.builder().build()).isEqualTo(RequestOptions.none()).hasSameHashCodeAs(RequestOptions.none());
    }

    @Test
    void keepsWhatWasSetAndALaterHeaderOfTheSameNameWins() {
        RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(2))
                .header("X-Trace", "a").header("x-trace", "b").header("X-Tenant", "acme")
                .idempotencyKey("ticket-4711").build();

        assertThat(options.timeout()).contains(Duration.ofSeconds(2));
        assertThat(options.headers()).containsOnlyKeys("x-trace", "X-Tenant").containsEntry("x-trace", "b");
        assertThat(options.idempotencyKey()).contains("ticket-4711");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "content-type", "Content-Length", "Host", "User-Agent", "Accept",
            "Proxy-Authorization", "Cookie"})
    void refusesTheHeadersTheSdkSets(String name) {
        assertThatThrownBy(() -> RequestOptions.builder().header(name, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X Trace", "X-Trace:", "X\r\nEvil", "X-Tråce"})
    void refusesNamesThatAreNotTokens(String name) {
        assertThatThrownBy(() -> RequestOptions.builder().header(name, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\r\nX-Evil: 1", "a\nb", "a\u0000b", "a\u007fb"})
    void refusesValuesWithControlCharacters(String value) {
        assertThatThrownBy(() -> RequestOptions.builder().header("X-Trace", value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(value);
    }

    @Test
    void refusesAnEmptyTimeoutAndABlankKey() {
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNamesHeadersButNeverValuesOrTheKey() {
        String text = RequestOptions.builder().header("X-Tenant", "secret-tenant-value").idempotencyKey("key-4711")
                .build().toString();

        assertThat(text).contains("X-Tenant").doesNotContain("secret-tenant-value").doesNotContain("key-4711");
    }
}
