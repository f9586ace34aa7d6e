package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.OutcomeUnknownException;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.TransportResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pipeline asks a request's {@link ResendCheck} before re-sending it after a lost answer, and obeys it. */
class HttpPipelineResendCheckTest {
    private static final TransportResponse STAND_IN = new TransportResponse(200, Map.of(),
            "{\"applied\":true}".getBytes(StandardCharsets.UTF_8));

    private final PipelineFixture fixture = new PipelineFixture();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger asked = new AtomicInteger();

    /** A transport whose first answer is lost ({@code firstStatus}, or an I/O error for 0), then 201s. */
    private HttpPipeline pipeline(int firstStatus) {
        AtomicInteger attempts = new AtomicInteger();
        FakeTransport transport = new FakeTransport(request -> {
            sent.incrementAndGet();
            if (attempts.incrementAndGet() == 1) {
                if (firstStatus == 0) {
                    throw new IOException("connection reset");
                }
                return new TransportResponse(firstStatus, Map.of(), null);
            }
            return new TransportResponse(201, Map.of(), null);
        });
        return PipelineFixture.pipeline("http://127.0.0.1:9", fixture.options().transport(transport).build());
    }

    private final List<Instant> deadlines = new java.util.concurrent.CopyOnWriteArrayList<>();

    private PipelineRequest write(CompletableFuture<Optional<TransportResponse>> answer) {
        PipelineRequest post = PipelineFixture.post("/points");
        return new PipelineRequest(post.method(), post.path(), post.query(), post.body(), null, true)
                .withResendCheck(deadline -> {
                    asked.incrementAndGet();
                    deadlines.add(deadline);
                    return answer;
                });
    }

    @ParameterizedTest(name = "after {0} (0: I/O error) a write found applied is not sent again")
    @ValueSource(ints = {0, 500, 503, 408})
    void aWriteFoundAppliedEndsWithTheStandIn(int firstStatus) {
        TransportResponse response = pipeline(firstStatus).execute(write(CompletableFuture.completedFuture(Optional.of(STAND_IN))));

        assertThat(response).isSameAs(STAND_IN);
        assertThat(sent).hasValue(1);
        assertThat(asked).hasValue(1);
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.RETRY, RequestEvent.Kind.END);
    }

    @ParameterizedTest(name = "after {0} (0: I/O error) the END of a stand-in reports no status the server never sent")
    @ValueSource(ints = {0, 502})
    void theEndOfAStandInReportsTheLostStatusNotTheStandIns(int firstStatus) {
        pipeline(firstStatus).execute(write(CompletableFuture.completedFuture(Optional.of(STAND_IN))));

        RequestEvent end = fixture.events.get(fixture.events.size() - 1);
        assertThat(end.kind()).isEqualTo(RequestEvent.Kind.END);
        if (firstStatus == 0) {
            assertThat(end.status()).isEmpty();
        } else {
            assertThat(end.status()).hasValue(firstStatus);
        }
    }

    @Test
    void theCheckIsGivenTheCallsDeadlineAndItsRequestsKeepToIt() {
        Instant start = fixture.time.clock().instant();
        pipeline(503).execute(write(CompletableFuture.completedFuture(Optional.of(STAND_IN))));
        // The fixture's overall timeout is the default 30 s, from the call's start.
        assertThat(deadlines).containsExactly(start.plus(Duration.ofSeconds(30)));

        // A request bounded by that deadline gets no attempt longer than what is left of it.
        List<Duration> timeouts = new java.util.concurrent.CopyOnWriteArrayList<>();
        FakeTransport transport = new FakeTransport(request -> {
            timeouts.add(request.timeout());
            return new TransportResponse(200, Map.of(), null);
        });
        HttpPipeline bounded = PipelineFixture.pipeline("http://127.0.0.1:9", fixture.options().transport(transport).build());
        Instant now = fixture.time.clock().instant();
        bounded.execute(PipelineRequest.get("/activity", Map.of()).withDeadline(now.plusSeconds(2)));
        assertThat(timeouts).containsExactly(Duration.ofSeconds(2));
        assertThatThrownBy(() -> bounded.execute(PipelineRequest.get("/activity", Map.of()).withDeadline(now)))
                .isInstanceOf(TransportException.class).hasMessageContaining("deadline");
        assertThat(timeouts).hasSize(1);
    }

    @Test
    void aWriteNotFoundIsSentAgain() {
        TransportResponse response = pipeline(503).execute(write(CompletableFuture.completedFuture(Optional.empty())));

        assertThat(response.status()).isEqualTo(201);
        assertThat(sent).hasValue(2);
        assertThat(asked).hasValue(1);
    }

    @ParameterizedTest(name = "after {0} (0: I/O error) a check that cannot run ends the call as outcome unknown")
    @ValueSource(ints = {0, 503})
    void whenTheCheckCannotRunTheCallEndsUnsentAsOutcomeUnknown(int firstStatus) {
        // The lookup failing says nothing about whether the write landed: never a retryable error, which a
        // caller would requeue into a double write (review of issue 16, D3; was: the lost attempt's outcome).
        IllegalStateException down = new IllegalStateException("activity lookup rate limited");
        CompletableFuture<Optional<TransportResponse>> unknown = CompletableFuture.failedFuture(down);

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> pipeline(firstStatus).execute(write(unknown)));

        assertThat(thrown).isInstanceOf(OutcomeUnknownException.class).hasCause(down);
        assertThat(((OutcomeUnknownException) thrown).isRetryable()).isFalse();
        if (firstStatus == 0) {
            assertThat(thrown.getSuppressed()).singleElement().isInstanceOf(TransportException.class);
        }
        assertThat(sent).hasValue(1);
        RequestEvent end = fixture.events.get(fixture.events.size() - 1);
        assertThat(end.kind()).isEqualTo(RequestEvent.Kind.END);
        assertThat(end.failure()).containsInstanceOf(OutcomeUnknownException.class);
    }

    @ParameterizedTest(name = "after {0} (0: I/O error) an undecided check ends the call as outcome unknown")
    @ValueSource(ints = {0, 502})
    void anUndecidedCheckEndsTheCallWithOutcomeUnknown(int firstStatus) {
        CompletableFuture<Optional<TransportResponse>> undecided =
                CompletableFuture.failedFuture(new ResendCheck.Undecided("a like entry is not dated"));

        assertThatThrownBy(() -> pipeline(firstStatus).execute(write(undecided)))
                .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("a like entry is not dated");
        assertThat(sent).hasValue(1);
        RequestEvent end = fixture.events.get(fixture.events.size() - 1);
        assertThat(end.kind()).isEqualTo(RequestEvent.Kind.END);
        assertThat(end.status()).isEmpty();
        assertThat(end.failure()).containsInstanceOf(OutcomeUnknownException.class);
        assertThatThrownBy(() -> pipeline(firstStatus).executeAsync(write(undecided)).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(OutcomeUnknownException.class);
    }

    @Test
    void aRefusedConnectionSentNothingSoTheCheckIsNotAsked() {
        AtomicInteger attempts = new AtomicInteger();
        FakeTransport refusing = new FakeTransport(request -> {
            if (attempts.incrementAndGet() == 1) {
                throw new java.net.ConnectException("Connection refused");
            }
            return new TransportResponse(201, Map.of(), null);
        });
        HttpPipeline pipeline = PipelineFixture.pipeline("http://127.0.0.1:9", fixture.options().transport(refusing).build());

        assertThat(pipeline.execute(write(CompletableFuture.completedFuture(Optional.of(STAND_IN)))).status()).isEqualTo(201);
        assertThat(asked).hasValue(0);
    }

    @Test
    void aRateLimitedAnswerIsNotLostSoTheCheckIsNotAsked() {
        TransportResponse response = pipeline(429).execute(write(CompletableFuture.completedFuture(Optional.of(STAND_IN))));

        assertThat(response.status()).isEqualTo(201);
        assertThat(asked).hasValue(0);
    }

    @Test
    void theAsyncPathAsksTheSameWay() {
        HttpPipeline applied = pipeline(500);
        assertThat(applied.executeAsync(write(CompletableFuture.completedFuture(Optional.of(STAND_IN)))).join()).isSameAs(STAND_IN);
        assertThat(sent).hasValue(1);

        CompletableFuture<Optional<TransportResponse>> unknown = CompletableFuture.failedFuture(new IllegalStateException("down"));
        assertThatThrownBy(() -> pipeline(0).executeAsync(write(unknown)).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(OutcomeUnknownException.class);
        assertThat(pipeline(500).executeAsync(write(CompletableFuture.completedFuture(Optional.empty()))).join().status())
                .isEqualTo(201);
        assertThat(List.of(sent.get(), asked.get())).containsExactly(4, 3);
    }
}
