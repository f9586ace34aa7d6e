package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.TransportRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A signer that throws is a bug or a misconfiguration, never a network failure: it is not retried. */
class HttpPipelineSignerFailureTest {
    private final PipelineFixture fixture = new PipelineFixture();
    private final AtomicInteger signings = new AtomicInteger();
    private final List<TransportRequest> sent = new ArrayList<>();

    private HttpPipeline pipeline() {
        RequestSigner failing = (request, now) -> {
            signings.incrementAndGet();
            throw new IllegalStateException("token supplier returned null");
        };
        return new HttpPipeline("test", URI.create("http://127.0.0.1:9"),
                fixture.options().transport(FakeTransport.recordingOk(sent)).build(), failing, RequestPacer.none());
    }

    @Test
    void syncCallFailsOnceWithTheSignersOwnException() {
        assertThatThrownBy(() -> pipeline().execute(PipelineRequest.get("/things", Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessage("token supplier returned null");

        assertThat(signings).hasValue(1);
        assertThat(sent).isEmpty();
        assertThat(fixture.time.sleeps()).isEmpty();
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.END);
    }

    @Test
    void aSignerTransportFailureSentNothingSoTheResendCheckIsNotAsked() {
        // A token endpoint that could not be reached while signing: retried, but no lookup for a write that
        // never left the machine (review of issue 16, nit 1).
        AtomicInteger asked = new AtomicInteger();
        RequestSigner flaky = (request, now) -> {
            if (signings.incrementAndGet() == 1) {
                throw new com.annexcloud.sdk.core.TransportException("token request failed", request.description(),
                        false, null);
            }
            return Map.of();
        };
        HttpPipeline pipeline = new HttpPipeline("test", URI.create("http://127.0.0.1:9"),
                fixture.options().transport(FakeTransport.recordingOk(sent)).build(), flaky, RequestPacer.none());
        PipelineRequest post = PipelineFixture.post("/points");
        PipelineRequest write = new PipelineRequest(post.method(), post.path(), post.query(), post.body(), null, true)
                .withResendCheck(deadline -> {
                    asked.incrementAndGet();
                    return java.util.concurrent.CompletableFuture.completedFuture(java.util.Optional.empty());
                });

        assertThat(pipeline.execute(write).status()).isEqualTo(200);
        assertThat(asked).hasValue(0);
        assertThat(sent).hasSize(1);
    }

    @Test
    void asyncCallFailsOnceWithTheSignersOwnException() {
        assertThatThrownBy(() -> pipeline().executeAsync(PipelineRequest.get("/things", Map.of())).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(IllegalStateException.class);

        assertThat(signings).hasValue(1);
        assertThat(sent).isEmpty();
        assertThat(fixture.time.sleeps()).isEmpty();
    }
}
