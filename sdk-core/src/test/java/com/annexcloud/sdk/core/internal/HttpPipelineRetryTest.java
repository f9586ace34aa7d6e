package com.annexcloud.sdk.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.TransportResponse;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpPipelineRetryTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final PipelineFixture fixture = new PipelineFixture();

    private HttpPipeline pipeline() {
        return fixture.pipeline(wm.baseUrl());
    }

    private static PipelineRequest getMember() {
        return PipelineRequest.get("/members/42", Map.of());
    }

    /** The first two calls get {@code failure}, the third a JSON 200. */
    private static void failTwiceThenSucceed(ResponseDefinitionBuilder failure) {
        String scenario = "fail twice";
        wm.stubFor(get(urlPathEqualTo("/members/42")).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure).willSetStateTo("failed once"));
        wm.stubFor(get(urlPathEqualTo("/members/42")).inScenario(scenario).whenScenarioStateIs("failed once")
                .willReturn(failure).willSetStateTo("failed twice"));
        wm.stubFor(get(urlPathEqualTo("/members/42")).inScenario(scenario).whenScenarioStateIs("failed twice")
                .willReturn(okJson("{\"id\":42}")));
    }

    @ParameterizedTest(name = "HTTP {0} is retried")
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void retriesEachRetryableStatusWithExponentialBackoff(int status) {
        failTwiceThenSucceed(aResponse().withStatus(status));

        TransportResponse response = pipeline().execute(getMember());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"id\":42}");
        wm.verify(3, getRequestedFor(urlPathEqualTo("/members/42")));
        assertThat(fixture.time.sleeps()).containsExactlyElementsOf(PipelineFixture.exactWaits(2));
    }

    @ParameterizedTest(name = "HTTP {0} is final")
    @ValueSource(ints = {400, 401, 404, 409})
    void doesNotRetryClientErrors(int status) {
        wm.stubFor(get(urlPathEqualTo("/members/42")).willReturn(aResponse().withStatus(status)
                .withHeader("Retry-After", "1").withBody("{\"errorCode\":\"AC1005\"}")));

        TransportResponse response = pipeline().execute(getMember());

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.bodyText()).contains("AC1005");
        wm.verify(1, getRequestedFor(urlPathEqualTo("/members/42")));
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void returnsTheLastResponseWhenAttemptsRunOut() {
        wm.stubFor(get(urlPathEqualTo("/members/42")).willReturn(aResponse().withStatus(503).withBody("busy")));

        TransportResponse response = pipeline().execute(getMember());

        assertThat(response.status()).isEqualTo(503);
        wm.verify(3, getRequestedFor(urlPathEqualTo("/members/42")));
        assertThat(fixture.time.sleeps()).containsExactlyElementsOf(PipelineFixture.exactWaits(2));
    }

    @Test
    void backoffGrowsByTheMultiplierUpToMaxBackoff() {
        wm.stubFor(get(urlPathEqualTo("/members/42")).willReturn(aResponse().withStatus(500)));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).jitter(0).initialBackoff(Duration.ofSeconds(1))
                .multiplier(3).maxBackoff(Duration.ofSeconds(4)).build();

        PipelineFixture.pipeline(wm.baseUrl(), fixture.options().retryPolicy(policy).build()).execute(getMember());

        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(3),
                Duration.ofSeconds(4), Duration.ofSeconds(4));
        wm.verify(5, getRequestedFor(urlPathEqualTo("/members/42")));
    }

    @Test
    void jitterSpreadsEachWaitWithinItsShare() {
        wm.stubFor(get(urlPathEqualTo("/members/42")).willReturn(aResponse().withStatus(502)));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(30).jitter(0.5).initialBackoff(Duration.ofSeconds(1))
                .multiplier(1).build();
        var options = fixture.options().retryPolicy(policy)
                .timeouts(com.annexcloud.sdk.core.Timeouts.builder().overall(Duration.ofMinutes(5)).build()).build();

        PipelineFixture.pipeline(wm.baseUrl(), options).execute(getMember());

        assertThat(fixture.time.sleeps()).hasSize(29)
                .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500)));
        assertThat(fixture.time.sleeps().stream().distinct().count()).as("waits are randomised").isGreaterThan(1);
    }

    @Test
    void retryAfterInSecondsReplacesTheBackoff() {
        failTwiceThenSucceed(aResponse().withStatus(429).withHeader("Retry-After", "3"));

        TransportResponse response = pipeline().execute(getMember());

        assertThat(response.status()).isEqualTo(200);
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void retryAfterAsHttpDateIsMeasuredFromTheClock() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                fixture.time.now().plusSeconds(7).atOffset(ZoneOffset.UTC));
        wm.stubFor(get(urlPathEqualTo("/members/42")).inScenario("date").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", at)).willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo("/members/42")).inScenario("date").whenScenarioStateIs("ok")
                .willReturn(okJson("{}")));

        TransportResponse response = pipeline().execute(getMember());

        assertThat(response.status()).isEqualTo(200);
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterOverTheCapEndsTheRetries() {
        wm.stubFor(get(urlPathEqualTo("/members/42")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "31")));

        TransportResponse response = pipeline().execute(getMember());

        assertThat(response.status()).isEqualTo(429);
        wm.verify(1, getRequestedFor(urlPathEqualTo("/members/42")));
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void retryAfterAtTheCapIsHonoured() {
        failTwiceThenSucceed(aResponse().withStatus(503).withHeader("Retry-After", "10"));
        RetryPolicy policy = RetryPolicy.builder().jitter(0).maxRetryAfter(Duration.ofSeconds(10)).build();
        var options = fixture.options().retryPolicy(policy)
                .timeouts(com.annexcloud.sdk.core.Timeouts.builder().overall(Duration.ofMinutes(1)).build()).build();

        assertThat(PipelineFixture.pipeline(wm.baseUrl(), options).execute(getMember()).status()).isEqualTo(200);
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void unreadableRetryAfterFallsBackToTheBackoff() {
        failTwiceThenSucceed(aResponse().withStatus(503).withHeader("Retry-After", "soon"));

        assertThat(pipeline().execute(getMember()).status()).isEqualTo(200);
        assertThat(fixture.time.sleeps()).containsExactlyElementsOf(PipelineFixture.exactWaits(2));
    }

    @Test
    void retriesStopWhenTheNextWaitWouldPassTheDeadline() {
        wm.stubFor(get(urlPathEqualTo("/members/42")).willReturn(aResponse().withStatus(503)));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).jitter(0).initialBackoff(Duration.ofMillis(300))
                .build();
        var options = fixture.options().retryPolicy(policy)
                .timeouts(com.annexcloud.sdk.core.Timeouts.builder().overall(Duration.ofSeconds(1)).build()).build();

        TransportResponse response = PipelineFixture.pipeline(wm.baseUrl(), options).execute(getMember());

        assertThat(response.status()).isEqualTo(503);
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofMillis(300), Duration.ofMillis(600));
        wm.verify(3, getRequestedFor(urlPathEqualTo("/members/42")));
    }

    @Test
    void retryPolicyNoneMakesOneAttempt() {
        wm.stubFor(get(urlPathEqualTo("/members/42")).willReturn(aResponse().withStatus(503)));

        var options = fixture.options().retryPolicy(RetryPolicy.none()).build();
        assertThat(PipelineFixture.pipeline(wm.baseUrl(), options).execute(getMember()).status()).isEqualTo(503);
        wm.verify(1, getRequestedFor(urlPathEqualTo("/members/42")));
    }

    /**
     * A retry-safe POST (an award carrying an idempotency key). IO failures are tested with POST because
     * the JDK client itself re-sends a GET once when a connection closes before any response byte.
     */
    private static PipelineRequest idempotentAward() {
        return new PipelineRequest("POST", "/points", Map.of(), "{\"customId\":\"t-1\"}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), null, true);
    }

    @Test
    void connectionResetIsRetriedUntilTheCallSucceeds() {
        String scenario = "reset twice";
        wm.stubFor(post(urlPathEqualTo("/points")).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("reset once"));
        wm.stubFor(post(urlPathEqualTo("/points")).inScenario(scenario).whenScenarioStateIs("reset once")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("reset twice"));
        wm.stubFor(post(urlPathEqualTo("/points")).inScenario(scenario).whenScenarioStateIs("reset twice")
                .willReturn(okJson("{\"awarded\":true}")));

        TransportResponse response = pipeline().execute(idempotentAward());

        assertThat(response.status()).isEqualTo(200);
        wm.verify(3, postRequestedFor(urlPathEqualTo("/points")));
        assertThat(fixture.time.sleeps()).containsExactlyElementsOf(PipelineFixture.exactWaits(2));
    }

    @Test
    void emptyResponsesExhaustTheAttemptsAndFailAsTransportError() {
        wm.stubFor(post(urlPathEqualTo("/points")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        assertThatThrownBy(() -> pipeline().execute(idempotentAward()))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.isTimeout()).isFalse();
                    assertThat(e.statusCode()).isEmpty();
                    assertThat(e.method()).contains("POST");
                    assertThat(e.path()).contains("/points");
                    assertThat(e).hasMessageStartingWith("request failed").hasMessageContaining("POST /points");
                });
        wm.verify(3, postRequestedFor(urlPathEqualTo("/points")));
        assertThat(fixture.time.sleeps()).containsExactlyElementsOf(PipelineFixture.exactWaits(2));
    }

    @Test
    void malformedChunkIsATransportFailure() {
        wm.stubFor(get(urlPathEqualTo("/members/42")).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        var options = fixture.options().retryPolicy(RetryPolicy.none()).build();
        assertThatThrownBy(() -> PipelineFixture.pipeline(wm.baseUrl(), options).execute(getMember()))
                .isInstanceOf(TransportException.class);
    }

    @Test
    void nonRetrySafeRequestIsSentOnceOn503() {
        wm.stubFor(post(urlPathEqualTo("/points")).willReturn(aResponse().withStatus(503)));

        TransportResponse response = pipeline().execute(PipelineFixture.post("/points"));

        assertThat(response.status()).isEqualTo(503);
        wm.verify(1, postRequestedFor(urlPathEqualTo("/points")));
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void nonRetrySafeRequestIsSentOnceOnIoFailure() {
        wm.stubFor(post(urlPathEqualTo("/points")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> pipeline().execute(PipelineFixture.post("/points")))
                .isInstanceOf(TransportException.class);
        wm.verify(1, postRequestedFor(urlPathEqualTo("/points")));
        assertThat(fixture.time.sleeps()).isEmpty();
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.END);
    }

    @Test
    void asyncRetriesLikeTheSyncEntryPoint() {
        failTwiceThenSucceed(aResponse().withStatus(503));

        TransportResponse response = pipeline().executeAsync(getMember()).join();

        assertThat(response.status()).isEqualTo(200);
        wm.verify(3, getRequestedFor(urlPathEqualTo("/members/42")));
        assertThat(fixture.time.sleeps()).containsExactlyElementsOf(PipelineFixture.exactWaits(2));
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.RETRY,
                RequestEvent.Kind.RETRY, RequestEvent.Kind.END);
    }

    @Test
    void asyncFailsWithTheTransportErrorAfterTheLastAttempt() {
        wm.stubFor(post(urlPathEqualTo("/points")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> pipeline().executeAsync(idempotentAward()).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(TransportException.class);
        wm.verify(3, postRequestedFor(urlPathEqualTo("/points")));
        assertThat(fixture.time.sleeps()).containsExactlyElementsOf(PipelineFixture.exactWaits(2));
    }

    @Test
    void asyncSendsANonRetrySafeRequestOnce() {
        wm.stubFor(post(urlPathEqualTo("/points")).willReturn(aResponse().withStatus(503)));

        assertThat(pipeline().executeAsync(PipelineFixture.post("/points")).join().status()).isEqualTo(503);
        wm.verify(1, postRequestedFor(urlPathEqualTo("/points")));
    }

    @Test
    void listenerHearsStartRetriesAndEndWithStatuses() {
        failTwiceThenSucceed(aResponse().withStatus(503));

        pipeline().execute(getMember());

        List<RequestEvent> events = fixture.events;
        assertThat(fixture.kinds()).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.RETRY,
                RequestEvent.Kind.RETRY, RequestEvent.Kind.END);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.client()).isEqualTo("test");
            assertThat(e.request().toString()).isEqualTo("GET /members/42");
        });
        assertThat(events.get(0).status()).isEmpty();
        assertThat(events.get(1).status()).hasValue(503);
        assertThat(events.get(1).attempt()).isEqualTo(1);
        assertThat(events.get(1).delay()).contains(Duration.ofMillis(200));
        assertThat(events.get(2).status()).hasValue(503);
        assertThat(events.get(2).attempt()).isEqualTo(2);
        assertThat(events.get(2).delay()).contains(Duration.ofMillis(400));
        assertThat(events.get(3).status()).hasValue(200);
        assertThat(events.get(3).attempt()).isEqualTo(3);
        assertThat(events.get(3).delay()).isEmpty();
        assertThat(events.get(3).elapsed()).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void listenerHearsTheFailureOfAttemptsWithoutResponse() {
        wm.stubFor(post(urlPathEqualTo("/points")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> pipeline().execute(idempotentAward())).isInstanceOf(TransportException.class);

        RequestEvent retry = fixture.events.get(1);
        assertThat(retry.kind()).isEqualTo(RequestEvent.Kind.RETRY);
        assertThat(retry.status()).isEmpty();
        assertThat(retry.failure()).isPresent();
        RequestEvent end = fixture.events.get(fixture.events.size() - 1);
        assertThat(end.kind()).isEqualTo(RequestEvent.Kind.END);
        assertThat(end.failure()).containsInstanceOf(TransportException.class);
        assertThat(fixture.kinds()).filteredOn(RequestEvent.Kind.END::equals).hasSize(1);
    }

    @Test
    void aThrowingListenerDoesNotBreakTheCall() {
        failTwiceThenSucceed(aResponse().withStatus(500));
        var options = fixture.options().listener(event -> {
            throw new IllegalStateException("listener bug");
        }).build();

        assertThat(PipelineFixture.pipeline(wm.baseUrl(), options).execute(getMember()).status()).isEqualTo(200);
    }

    @Test
    void eachAttemptIsSignedAfresh() {
        failTwiceThenSucceed(aResponse().withStatus(503));
        RequestSigner signer = (request, now) -> Map.of("X-Signed-At", now.toString());

        try (HttpPipeline pipeline = new HttpPipeline("test", java.net.URI.create(wm.baseUrl()),
                fixture.options().build(), signer, RequestPacer.none())) {
            pipeline.execute(getMember());
        }

        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/members/42"))))
                .extracting(request -> request.getHeader("X-Signed-At"))
                .containsExactly("2026-01-01T00:00:00Z", "2026-01-01T00:00:00.200Z", "2026-01-01T00:00:00.600Z");
    }
}
