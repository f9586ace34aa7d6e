package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A request's {@link RequestOptions} reach each attempt, and {@link HttpPipeline#close()} stops new calls. */
class HttpPipelineRequestOptionsTest {
    private final PipelineFixture fixture = new PipelineFixture();
    private final List<TransportRequest> sent = new CopyOnWriteArrayList<>();

    @Test
    void extraHeadersAreSentButNeverReplaceTheSdksOwn() {
        RequestSigner signer = (request, now) -> Map.of("X-Signature", "signed");
        HttpPipeline pipeline = new HttpPipeline("test", java.net.URI.create("http://127.0.0.1:9"),
                fixture.options().transport(FakeTransport.recordingOk(sent)).build(), signer, RequestPacer.none());
        RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").header("x-signature", "forged").build();

        pipeline.execute(PipelineFixture.post("/points").withOptions(options));

        Map<String, String> headers = sent.get(0).headers();
        assertThat(headers).containsEntry("X-Trace", "t-1").containsEntry("X-Signature", "signed")
                .containsEntry("Content-Type", "application/json");
        assertThat(headers.keySet()).filteredOn("x-signature"::equalsIgnoreCase).hasSize(1);
    }

    @Test
    void theTimeoutReplacesTheOverallDeadline() {
        HttpPipeline pipeline = PipelineFixture.pipeline("http://127.0.0.1:9", fixture.options()
                .transport(new FakeTransport(request -> {
                    sent.add(request);
                    throw new IOException("connection reset");
                })).build());
        PipelineRequest get = PipelineRequest.get("/ping", Map.of())
                .withOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).build());

        // 200 ms wait after the first attempt; the 400 ms one after the second would pass the 300 ms deadline.
        assertThatThrownBy(() -> pipeline.execute(get)).isInstanceOf(TransportException.class);

        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).timeout()).isEqualTo(Duration.ofMillis(100));
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void aClosedPipelineFailsNewCallsFast() {
        HttpPipeline pipeline = PipelineFixture.pipeline("http://127.0.0.1:9",
                fixture.options().transport(FakeTransport.recordingOk(sent)).build());
        pipeline.close();

        assertThatThrownBy(() -> pipeline.execute(PipelineRequest.get("/ping", Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(pipeline.executeAsync(PipelineRequest.get("/ping", Map.of())))
                .failsWithin(Duration.ZERO).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(IllegalStateException.class);
        assertThat(sent).isEmpty();
    }
}
