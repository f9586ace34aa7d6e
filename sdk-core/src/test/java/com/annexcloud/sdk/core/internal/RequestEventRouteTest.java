package com.annexcloud.sdk.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.RequestEvent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Events carry the request's route and one call id per call, so listeners can pair START and END. */
class RequestEventRouteTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final PipelineFixture fixture = new PipelineFixture();

    @Test
    void eventsCarryTheRouteAndPairByCallId() {
        wm.stubFor(get(urlPathMatching("/members/.*")).willReturn(aResponse().withStatus(503)));
        HttpPipeline pipeline = fixture.pipeline(wm.baseUrl());

        pipeline.execute(PipelineRequest.get("/members/a%40b.com", Map.of()).withRoute("/members/{id}"));
        pipeline.execute(PipelineRequest.get("/members/other", Map.of()));

        assertThat(fixture.events).allSatisfy(e -> assertThat(e.callId()).isPositive());
        Map<Long, java.util.List<RequestEvent>> calls = fixture.events.stream()
                .collect(Collectors.groupingBy(RequestEvent::callId));
        assertThat(calls).hasSize(2);
        assertThat(calls.values()).allSatisfy(call -> {
            assertThat(call.get(0).kind()).isEqualTo(RequestEvent.Kind.START);
            assertThat(call.get(call.size() - 1).kind()).isEqualTo(RequestEvent.Kind.END);
            assertThat(call).extracting(RequestEvent::route).containsOnly(call.get(0).route());
        });
        assertThat(fixture.events).extracting(RequestEvent::route).containsOnly("/members/{id}", "/members/other");
    }

    @Test
    void withRouteKeepsEverythingElse() {
        PipelineRequest request = PipelineRequest.get("/users/x", Map.of("page", "2"));
        PipelineRequest routed = request.withRoute("/users/{id}");

        assertThat(request.route()).isEqualTo("/users/x");
        assertThat(routed.route()).isEqualTo("/users/{id}");
        assertThat(routed.path()).isEqualTo("/users/x");
        assertThat(routed.query()).isEqualTo(Map.of("page", "2"));
        assertThat(routed.retrySafe()).isTrue();
        assertThat(routed.withResendCheck(deadline -> java.util.concurrent.CompletableFuture.completedFuture(java.util.Optional.empty())).route()).isEqualTo("/users/{id}");
        assertThat(routed.withDeadline(java.time.Instant.EPOCH).route()).isEqualTo("/users/{id}");
    }
}
