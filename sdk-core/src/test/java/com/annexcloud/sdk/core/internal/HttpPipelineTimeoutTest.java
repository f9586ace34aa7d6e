package com.annexcloud.sdk.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Timeouts;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpPipelineTimeoutTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Timeouts SHORT_ATTEMPTS = Timeouts.builder().perAttempt(Duration.ofMillis(150)).build();

    private final PipelineFixture fixture = new PipelineFixture();

    private static PipelineRequest getSlow() {
        return PipelineRequest.get("/slow", Map.of());
    }

    /** A pacer asking for the same wait before every attempt. */
    private static RequestPacer pacing(Duration wait) {
        return new RequestPacer() {
            @Override
            public Optional<Duration> reserve(Instant now, Instant deadline) {
                return now.plus(wait).isBefore(deadline) ? Optional.of(wait) : Optional.empty();
            }

            @Override
            public void observe(TransportResponse response, Instant sentAt, Instant now) {
            }
        };
    }

    /** A pipeline on a fake transport, paced by {@code pacer}. */
    private static HttpPipeline paced(ClientOptions options, RequestPacer pacer) {
        return new HttpPipeline("test", URI.create("http://unused.invalid"), options, (request, now) -> Map.of(), pacer);
    }

    @Test
    void slowResponseTimesOutEachAttemptAndIsRetried() {
        wm.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
        ClientOptions options = fixture.options().timeouts(SHORT_ATTEMPTS).build();

        assertThatThrownBy(() -> PipelineFixture.pipeline(wm.baseUrl(), options).execute(getSlow()))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.isTimeout()).isTrue();
                    assertThat(e).hasMessageContaining("timed out").hasMessageContaining("GET /slow");
                });
        // Counted by events, not by WireMock: a request timed out early may never reach its journal.
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.RETRY,
                RequestEvent.Kind.RETRY, RequestEvent.Kind.END);
        assertThat(fixture.events.subList(1, 3)).allSatisfy(retry ->
                assertThat(retry.failure()).containsInstanceOf(java.net.http.HttpTimeoutException.class));
        assertThat(fixture.time.sleeps()).containsExactlyElementsOf(PipelineFixture.exactWaits(2));
    }

    @Test
    void asyncAttemptTimesOutLikeTheSyncOne() {
        wm.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
        ClientOptions options = fixture.options().timeouts(SHORT_ATTEMPTS).retryPolicy(RetryPolicy.none()).build();

        assertThatThrownBy(() -> PipelineFixture.pipeline(wm.baseUrl(), options).executeAsync(getSlow()).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue());
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.END);
    }

    @Test
    void responseWithinTheAttemptTimeoutIsAccepted() {
        wm.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(204).withFixedDelay(20)));
        ClientOptions options = fixture.options()
                .timeouts(Timeouts.builder().perAttempt(Duration.ofSeconds(10)).build()).build();

        assertThat(PipelineFixture.pipeline(wm.baseUrl(), options).execute(getSlow()).status()).isEqualTo(204);
    }

    @Test
    void anAttemptNeverGetsMoreTimeThanTheDeadlineHasLeft() {
        List<Duration> timeouts = new CopyOnWriteArrayList<>();
        HttpTransport slowFailing = new FakeTransport(request -> {
            timeouts.add(request.timeout());
            fixture.time.advance(Duration.ofSeconds(4));
            throw new IOException("reset");
        });
        ClientOptions options = fixture.options().transport(slowFailing)
                .timeouts(Timeouts.builder().perAttempt(Duration.ofSeconds(5)).overall(Duration.ofSeconds(10)).build())
                .build();

        assertThatThrownBy(() -> PipelineFixture.pipeline("http://unused.invalid", options).execute(getSlow()))
                .isInstanceOf(TransportException.class);

        // attempt 1 at 0 s, attempt 2 at 4.2 s (5.8 s left), attempt 3 at 8.6 s (1.4 s left)
        assertThat(timeouts).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(1400));
    }

    @Test
    void deadlineExceededBeforeAnAttemptIsATimeout() {
        List<TransportRequest> sent = new CopyOnWriteArrayList<>();
        ClientOptions options = fixture.options().transport(FakeTransport.recordingOk(sent)).build();
        HttpPipeline pipeline = paced(options, pacing(Duration.ofSeconds(31)));

        assertThatThrownBy(() -> pipeline.execute(getSlow()))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.isTimeout()).isTrue();
                    assertThat(e).hasMessageContaining("deadline of 30000 ms exceeded");
                });
        assertThat(sent).isEmpty();
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.END);
    }

    @Test
    void asyncDeadlineExceededFailsTheFuture() {
        ClientOptions options = fixture.options().transport(FakeTransport.recordingOk(new ArrayList<>())).build();
        HttpPipeline pipeline = paced(options, pacing(Duration.ofMinutes(1)));

        CompletableFuture<TransportResponse> future = pipeline.executeAsync(getSlow());

        assertThat(future).isCompletedExceptionally();
        assertThatThrownBy(future::join).cause().isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.isTimeout()).isTrue());
    }

    @Test
    void aPacingWaitEndingExactlyAtTheDeadlineLeavesNoTimeToSend() {
        List<TransportRequest> sent = new CopyOnWriteArrayList<>();
        ClientOptions options = fixture.options().transport(FakeTransport.recordingOk(sent)).build();
        HttpPipeline pipeline = paced(options, pacing(Duration.ofSeconds(30)));

        assertThatThrownBy(() -> pipeline.execute(getSlow()))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue())
                .hasMessageContaining("after 0 attempt(s)");
        assertThat(sent).isEmpty();
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.END);
    }

    /** Real sleeps overrun a little: this sleeper moves the clock 5 ms further than asked. */
    private ClientOptions overrunningSleeps(List<TransportRequest> sent) {
        com.annexcloud.sdk.core.Sleeper overrun = new com.annexcloud.sdk.core.Sleeper() {
            @Override
            public void sleep(Duration duration) {
                fixture.time.advance(duration.plusMillis(5));
            }

            @Override
            public CompletableFuture<Void> delay(Duration duration) {
                fixture.time.advance(duration.plusMillis(5));
                return CompletableFuture.completedFuture(null);
            }
        };
        return fixture.options().sleeper(overrun).transport(FakeTransport.recordingOk(sent)).build();
    }

    @Test
    void aSleepOverrunningTheDeadlineEndsTheCallOnceWithoutSending() {
        List<TransportRequest> sent = new CopyOnWriteArrayList<>();
        HttpPipeline pipeline = paced(overrunningSleeps(sent), pacing(Duration.ofMillis(29_998)));

        assertThatThrownBy(() -> pipeline.execute(getSlow()))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue())
                .hasMessageContaining("deadline of 30000 ms exceeded after 0 attempt(s)");
        assertThat(sent).isEmpty();
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.END);
    }

    @Test
    void asyncSleepOverrunningTheDeadlineEndsTheCallOnceWithoutSending() {
        List<TransportRequest> sent = new CopyOnWriteArrayList<>();
        HttpPipeline pipeline = paced(overrunningSleeps(sent), pacing(Duration.ofMillis(29_998)));

        assertThatThrownBy(() -> pipeline.executeAsync(getSlow()).join())
                .cause().isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue())
                .hasMessageContaining("after 0 attempt(s)");
        assertThat(sent).isEmpty();
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.END);
    }

    @Test
    void pacingWaitIsSleptBeforeTheAttempt() {
        List<Instant> sentAt = new CopyOnWriteArrayList<>();
        ClientOptions options = fixture.options().transport(new FakeTransport(request -> {
            sentAt.add(fixture.time.now());
            return new TransportResponse(200, Map.of(), null);
        })).build();
        HttpPipeline pipeline = paced(options, pacing(Duration.ofSeconds(2)));

        pipeline.execute(getSlow());

        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(sentAt).containsExactly(Instant.parse("2026-01-01T00:00:02Z"));
    }
}
