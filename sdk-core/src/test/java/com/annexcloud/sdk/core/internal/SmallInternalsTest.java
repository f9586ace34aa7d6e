package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Checks}, {@link UserAgent}, {@link SdkVersion} and {@link PipelineRequest}. */
class SmallInternalsTest {

    @Test
    void checksNameTheField() {
        assertThat(Checks.requireNonBlank("x", "email")).isEqualTo("x");
        assertThatThrownBy(() -> Checks.requireNonBlank(" ", "email")).hasMessage("email must not be blank");
        assertThat(Checks.requirePositive(5, "points")).isEqualTo(5);
        assertThatThrownBy(() -> Checks.requirePositive(0, "points")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("points must be positive, was 0");
        assertThat(Checks.requireNonNull("v", "site id")).isEqualTo("v");
        assertThatThrownBy(() -> Checks.requireNonNull(null, "site id")).isInstanceOf(NullPointerException.class)
                .hasMessage("site id must be set");
        assertThat(Checks.requireId("abc", "id", 3)).isEqualTo("abc");
    }

    @Test
    void userAgentIsProductVersionAndJava() {
        String base = UserAgent.value(Optional.empty());

        assertThat(base).matches("annexcloud-gorgias-sdk/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? Java/\\S+")
                .endsWith("Java/" + System.getProperty("java.version"));
        assertThat(UserAgent.value(Optional.of("  acme/2  "))).isEqualTo(base + " acme/2");
        assertThat(UserAgent.value(Optional.of("  "))).isEqualTo(base);
        assertThat(SdkVersion.VERSION).isNotEqualTo("unknown").doesNotContain("${");
    }

    @Test
    void pipelineRequestFreezesItsParts() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("b", "2");
        query.put("a", "1");
        PipelineRequest request = new PipelineRequest("PUT", "/users/1", query,
                "{}".getBytes(StandardCharsets.UTF_8), null, true);
        query.put("c", "3");

        assertThat(request.query()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
        assertThat(request.signedContent()).isEmpty();
        assertThat(request.description()).hasToString("PUT /users/1");
        assertThat(request).hasToString("PipelineRequest[PUT /users/1, 2 body bytes]");
        assertThat(request.toString()).doesNotContain("a=1");
        assertThatThrownBy(() -> request.query().put("d", "4")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void getIsRetrySafeAndBodiless() {
        PipelineRequest get = PipelineRequest.get("/users", null);

        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.retrySafe()).isTrue();
        assertThat(get.body()).isEmpty();
        assertThat(get.query()).isEmpty();
    }
}
