package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.Sleeper;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An interrupted call still ends with an END event, so listeners pairing START and END close what they opened. */
class HttpPipelineInterruptTest {
    private final PipelineFixture fixture = new PipelineFixture();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void interruptWhileWaitingForTheResponseEndsTheCall() {
        HttpTransport interrupted = new HttpTransport() {
            @Override
            public TransportResponse execute(TransportRequest request) throws InterruptedException {
                throw new InterruptedException("shutdown");
            }

            @Override
            public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
            }
        };
        HttpPipeline pipeline = PipelineFixture.pipeline("http://127.0.0.1:9", fixture.options().transport(interrupted).build());

        assertThatThrownBy(() -> pipeline.execute(PipelineRequest.get("/things", Map.of())))
                .isInstanceOf(TransportException.class).hasMessageContaining("interrupted while waiting for the response");

        assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag restored").isTrue();
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.END);
        assertThat(fixture.events.get(1).failure()).hasValueSatisfying(f -> assertThat(f).isInstanceOf(TransportException.class)
                .hasCauseInstanceOf(InterruptedException.class));
    }

    @Test
    void interruptWhileWaitingToRetryEndsTheCall() {
        Sleeper interruptedOnRetry = new Sleeper() {
            @Override
            public void sleep(Duration duration) throws InterruptedException {
                if (!duration.isZero()) {
                    throw new InterruptedException("shutdown");
                }
            }

            @Override
            public CompletableFuture<Void> delay(Duration duration) {
                return CompletableFuture.completedFuture(null);
            }
        };
        FakeTransport unavailable = new FakeTransport(request -> new TransportResponse(503, Map.of(), null));
        HttpPipeline pipeline = PipelineFixture.pipeline("http://127.0.0.1:9",
                fixture.options().transport(unavailable).sleeper(interruptedOnRetry).build());

        assertThatThrownBy(() -> pipeline.execute(PipelineRequest.get("/things", Map.of())))
                .isInstanceOf(TransportException.class).hasMessageContaining("interrupted while waiting to retry");

        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.RETRY, RequestEvent.Kind.END);
        assertThat(fixture.events.get(2).failure()).isPresent();
    }
}
