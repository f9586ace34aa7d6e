package com.annexcloud.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link TransportRequest}, {@link TransportResponse} and {@link BodyLimitExceededException} as values. */
class TransportMessagesTest {
    private static final URI URI_WITH_QUERY = URI.create("https://api.example.test/users/42?email=jane%40x.com");

    @Test
    void requestToStringShowsNeitherHeadersNorQuery() {
        TransportRequest request = new TransportRequest("GET", URI_WITH_QUERY,
                Map.of("Authorization", "Bearer sk_live_1"), "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(1), 10);

        assertThat(request).hasToString("TransportRequest[GET /users/42, 7 body bytes]");
        assertThat(request.hasBody()).isTrue();
    }

    @Test
    void requestFreezesHeadersAndDefaultsTheBody() {
        Map<String, String> headers = new HashMap<>(Map.of("A", "1"));
        TransportRequest request = new TransportRequest("GET", URI_WITH_QUERY, headers, null, Duration.ofSeconds(1), 10);
        headers.put("B", "2");

        assertThat(request.headers()).containsOnlyKeys("A");
        assertThat(request.body()).isEmpty();
        assertThat(request.hasBody()).isFalse();
        assertThatThrownBy(() -> request.headers().put("C", "3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requestValidatesItsParts() {
        Duration second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new TransportRequest(null, URI_WITH_QUERY, Map.of(), null, second, 1)).hasMessage("method");
        assertThatThrownBy(() -> new TransportRequest("GET", null, Map.of(), null, second, 1)).hasMessage("uri");
        assertThatThrownBy(() -> new TransportRequest("GET", URI_WITH_QUERY, Map.of(), null, null, 1)).hasMessage("timeout");
        assertThatThrownBy(() -> new TransportRequest("GET", URI_WITH_QUERY, Map.of(), null, second, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxResponseBytes must be positive");
    }

    @Test
    void responseHeadersIgnoreCase() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("Content-Type", List.of("application/json", "ignored"));
        headers.put(null, List.of("HTTP/1.1 200 OK"));
        headers.put("X-Empty", List.of());
        TransportResponse response = new TransportResponse(200, headers, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.header("content-type")).contains("application/json");
        assertThat(response.header("CONTENT-TYPE")).contains("application/json");
        assertThat(response.header("X-Empty")).isEmpty();
        assertThat(response.header("Missing")).isEmpty();
        assertThat(response.bodyText()).isEqualTo("{}");
        assertThat(response).hasToString("TransportResponse[200, 2 body bytes]");
    }

    @Test
    void successIsTwoHundredToTwoNinetyNine() {
        assertThat(new TransportResponse(200, Map.of(), null).isSuccessful()).isTrue();
        assertThat(new TransportResponse(299, Map.of(), null).isSuccessful()).isTrue();
        assertThat(new TransportResponse(199, Map.of(), null).isSuccessful()).isFalse();
        assertThat(new TransportResponse(300, Map.of(), null).isSuccessful()).isFalse();
        assertThat(new TransportResponse(204, Map.of(), null).body()).isEmpty();
    }

    @Test
    void jsonContentTypesAreRecognised() {
        assertThat(withType("application/json; charset=UTF-8").looksLikeJson()).isTrue();
        assertThat(withType("Application/Problem+JSON").looksLikeJson()).isTrue();
        assertThat(new TransportResponse(200, Map.of(), null).looksLikeJson()).isTrue();
        assertThat(withType("text/html").looksLikeJson()).isFalse();
        assertThat(withType("text/plain").looksLikeJson()).isFalse();
    }

    private static TransportResponse withType(String type) {
        return new TransportResponse(200, Map.of("Content-Type", List.of(type)), null);
    }

    @Test
    void bodyLimitNamesTheLimit() {
        BodyLimitExceededException e = new BodyLimitExceededException(4096);

        assertThat(e.limit()).isEqualTo(4096);
        assertThat(e).hasMessage("response body exceeds the limit of 4096 bytes");
    }
}
