package com.annexcloud.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RequestOptions} refuses what could override the SDK's headers or smuggle one, and hides values. */
class RequestOptionsTest {

    @Test
    void noneHasNothing() {
        assertThat(RequestOptions.none().timeout()).isEmpty();
        assertThat(RequestOptions.none().headers()).isEmpty();
        assertThat(RequestOptions.builder().build()).isEqualTo(RequestOptions.none()).hasSameHashCodeAs(RequestOptions.none());
    }

    @Test
    void keepsWhatWasSetAndALaterHeaderOfTheSameNameWins() {
        RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(2))
                .header("X-Trace", "a").header("x-trace", "b").header("X-Tenant", "acme").build();

        assertThat(options.timeout()).contains(Duration.ofSeconds(2));
        assertThat(options.headers()).containsOnlyKeys("x-trace", "X-Tenant").containsEntry("x-trace", "b");
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
    void refusesAnEmptyTimeout() {
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNamesHeadersButNeverValues() {
        String text = RequestOptions.builder().header("X-Tenant", "secret-tenant-value").build().toString();

        assertThat(text).contains("X-Tenant").doesNotContain("secret-tenant-value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Expect", "upgrade", "TE", "Trailer", "Keep-Alive", "Proxy-Connection", "proxy-anything"})
    void refusesWhatTheJdkRefusesAndHopByHopNamesWithAClearMessage(String name) {
        // Accepted here, these made every call of the view fail at send time with the JDK's raw
        // "restricted header name" (review of issue 16, D6).
        assertThatThrownBy(() -> RequestOptions.builder().header(name, "x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name).hasMessageContaining("reserved");
    }

    @Test
    void everyNameTheJdkRefusesIsReserved() {
        // The list follows the JDK: each candidate the JDK's HttpRequest.Builder.header refuses is refused here too.
        List<String> candidates = List.of("Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language",
                "Authorization", "Cache-Control", "Connection", "Content-Encoding", "Content-Length", "Content-Type",
                "Cookie", "Date", "Expect", "Forwarded", "From", "Host", "If-Match", "If-Modified-Since",
                "If-None-Match", "Keep-Alive", "Origin", "Pragma", "Proxy-Authorization", "Proxy-Connection", "Range",
                "Referer", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "User-Agent", "Via", "Warning",
                "X-Forwarded-For", "X-Request-Id");
        List<String> refusedByJdk = candidates.stream().filter(RequestOptionsTest::jdkRefuses).toList();

        assertThat(refusedByJdk).contains("Expect", "Upgrade", "Host", "Connection", "Content-Length");
        assertThat(refusedByJdk).allSatisfy(name -> assertThatThrownBy(() -> RequestOptions.builder().header(name, "x"))
                .isInstanceOf(IllegalArgumentException.class));
    }

    private static boolean jdkRefuses(String name) {
        try {
            HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).header(name, "x");
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
