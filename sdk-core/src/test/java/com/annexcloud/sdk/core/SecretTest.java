package com.annexcloud.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.internal.HttpPipeline;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.internal.RequestPacer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretTest {
    private static final String RAW = "sk_live_51Hx-very-secret";

    @Test
    void toStringIsRedactedEverywhere() {
        Secret secret = Secret.of(RAW);

        assertThat(secret).hasToString("Secret[REDACTED]");
        assertThat(String.valueOf(List.of(secret))).doesNotContain(RAW);
        assertThat(Map.of("key", secret).toString()).doesNotContain(RAW);
        assertThat(String.format("%s", secret)).doesNotContain(RAW);
    }

    @Test
    void revealsTheValueOnlyWhenAsked() {
        Secret secret = Secret.of(RAW);

        assertThat(secret.reveal()).isEqualTo(RAW);
        byte[] bytes = secret.revealBytes();
        bytes[0] = 0;
        assertThat(secret.revealBytes()).as("a fresh copy each time").startsWith((byte) 's');
    }

    @Test
    void matchesOnlyTheSameValue() {
        Secret secret = Secret.of(RAW);

        assertThat(secret.matches(RAW)).isTrue();
        assertThat(secret.matches(RAW + "x")).isFalse();
        assertThat(secret.matches(RAW.substring(1))).isFalse();
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }

    @Test
    void equalityFollowsTheValueWithoutLeakingItThroughTheHash() {
        assertThat(Secret.of(RAW)).isEqualTo(Secret.of(RAW)).hasSameHashCodeAs(Secret.of("other"));
        assertThat(Secret.of(RAW)).isNotEqualTo(Secret.of("other")).isNotEqualTo(RAW);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankValuesAreRefusedWithoutEchoingThem(String value) {
        assertThatThrownBy(() -> Secret.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret must not be null or blank");
    }

    @Test
    void aSecretSentAsAHeaderNeverReachesExceptionsEventsOrToStrings() {
        Secret secret = Secret.of(RAW);
        List<RequestEvent> events = new CopyOnWriteArrayList<>();
        List<TransportRequest> sent = new CopyOnWriteArrayList<>();
        HttpTransport failing = new HttpTransport() {
            @Override
            public TransportResponse execute(TransportRequest request) throws IOException {
                sent.add(request);
                throw new IOException("connection reset");
            }

            @Override
            public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
                throw new UnsupportedOperationException();
            }
        };
        ManualTime time = ManualTime.create();
        ClientOptions options = ClientOptions.builder().transport(failing).clock(time.clock()).sleeper(time)
                .listener(events::add).build();
        HttpPipeline pipeline = new HttpPipeline("test", URI.create("https://api.example.test"), options,
                (request, now) -> Map.of("Authorization", "Bearer " + secret.reveal()), RequestPacer.none());

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> pipeline.execute(PipelineRequest.get("/users/1", Map.of())));

        assertThat(thrown).isInstanceOf(TransportException.class);
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(RAW);
        assertThat(sent).hasSize(3).allSatisfy(request -> {
            assertThat(request.headers().get("Authorization")).endsWith(RAW);
            assertThat(request.toString()).doesNotContain(RAW).doesNotContain("Authorization");
        });
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.toString()).doesNotContain(RAW));
        assertThat(options.toString()).doesNotContain(RAW);
    }
}
