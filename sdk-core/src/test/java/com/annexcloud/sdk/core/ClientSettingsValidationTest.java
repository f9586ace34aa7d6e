package com.annexcloud.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Defaults and validation messages of {@link RetryPolicy}, {@link Timeouts} and {@link ClientOptions}. */
class ClientSettingsValidationTest {

    @Test
    void retryPolicyDefaults() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxAttempts()).isEqualTo(3);
        assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.multiplier()).isEqualTo(2.0);
        assertThat(policy.jitter()).isEqualTo(0.2);
        assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.retryableStatuses()).containsExactlyInAnyOrder(408, 429, 500, 502, 503, 504);
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void backoffDoublesUpToTheCap() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoffAfter(5)).isEqualTo(Duration.ofMillis(3200));
        assertThat(policy.backoffAfter(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoffAfter(10_000)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoffAfter(0)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void retryPolicyRefusesNonsense() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("retry maxAttempts must be at least 1, was 0");
        assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5).build())
                .hasMessage("retry multiplier must be at least 1, was 0.5");
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5).build())
                .hasMessage("retry jitter must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(-0.1).build())
                .hasMessage("retry jitter must be between 0 and 1, was -0.1");
    }

    @Test
    void retryPolicyNamesTheNegativeDuration() {
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retry initialBackoff must not be negative, was PT-0.001S");
        assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofSeconds(-1)).build())
                .hasMessage("retry maxBackoff must not be negative, was PT-1S");
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-2)).build())
                .hasMessage("retry maxRetryAfter must not be negative, was PT-2S");
    }

    @Test
    void retryPolicyAcceptsCustomStatuses() {
        RetryPolicy policy = RetryPolicy.builder().retryableStatuses(Set.of(503)).build();

        assertThat(policy.retryableStatuses()).containsExactly(503);
    }

    @Test
    void timeoutDefaults() {
        Timeouts timeouts = Timeouts.defaults();

        assertThat(timeouts.connect()).isEqualTo(Duration.ofSeconds(5));
        assertThat(timeouts.perAttempt()).isEqualTo(Duration.ofSeconds(10));
        assertThat(timeouts.overall()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void timeoutsNameTheSettingThatIsNotPositive() {
        assertThatThrownBy(() -> Timeouts.builder().connect(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("timeouts connect must be positive, was PT0S");
        assertThatThrownBy(() -> Timeouts.builder().perAttempt(Duration.ofSeconds(-1)).build())
                .hasMessage("timeouts perAttempt must be positive, was PT-1S");
        assertThatThrownBy(() -> Timeouts.builder().overall(Duration.ZERO).build())
                .hasMessage("timeouts overall must be positive, was PT0S");
    }

    @Test
    void clientOptionDefaults() {
        ClientOptions options = ClientOptions.defaults();

        assertThat(options.transport()).isEmpty();
        assertThat(options.httpVersion()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(options.timeouts()).isEqualTo(Timeouts.defaults());
        assertThat(options.retryPolicy()).isEqualTo(RetryPolicy.defaults());
        assertThat(options.maxResponseBytes()).isEqualTo(4L * 1024 * 1024);
        assertThat(options.clock()).isEqualTo(Clock.systemUTC());
        assertThat(options.sleeper()).isSameAs(Sleeper.system());
        assertThat(options.userAgentSuffix()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void maxResponseBytesMustBePositive(long bytes) {
        assertThatThrownBy(() -> ClientOptions.builder().maxResponseBytes(bytes).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxResponseBytes must be positive, was " + bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme/1.0\r\nX-Injected: yes", "tab\there", "nul\u0000"})
    void userAgentSuffixMustBeAHeaderValue(String suffix) {
        assertThatThrownBy(() -> ClientOptions.builder().userAgentSuffix(suffix).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("userAgentSuffix must not contain control characters");
    }

    @Test
    void nullSettingsAreRefusedByName() {
        assertThatThrownBy(() -> ClientOptions.builder().timeouts(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("timeouts");
        assertThatThrownBy(() -> ClientOptions.builder().retryPolicy(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("retryPolicy");
    }
}
