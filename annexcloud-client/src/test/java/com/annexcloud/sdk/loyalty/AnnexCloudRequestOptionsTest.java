package com.annexcloud.sdk.loyalty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code withOptions} views of an Annex Cloud client put the options on the wire, and a points write's own
 * idempotency key stays its {@code customId} (API portal, "Create points": "to support unique
 * transactions") through a view, on the vendor's {@code POST /points} and balance shapes ({@link Samples}).
 * A view carries no key (review of issue 16, D5): it is reused for many writes.
 */
class AnnexCloudRequestOptionsTest extends WireMockTestBase {
    private static final String POINTS = "/api/3.0/points";
    private static final String BALANCE = "/api/3.0/points/user@domain.com";
    private static final AwardPoints AWARD = AwardPoints.builder().memberId("user@domain.com").credit(50)
            .reason("goodwill").build();
    private static final AwardPoints KEYED_AWARD = AwardPoints.builder().from(AWARD).idempotencyKey("ticket-4711").build();
    private static final RequestOptions TRACED = RequestOptions.builder().header("X-Request-Source", "loyalty-bridge")
            .build();

    @Test
    void theKeyIsSentAsCustomIdAndMakesTheWriteRetrySafe() {
        wm.stubFor(post(POINTS).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wm.stubFor(post(POINTS).inScenario("flaky").whenScenarioStateIs("up").willReturn(okJson(Samples.AWARD_RESPONSE)));
        // Before the re-send the member's activity is searched for the lost write: it holds none.
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com/activity"))
                .willReturn(okJson("{\"activityDetail\":[],\"currentPage\":\"1\",\"pages\":\"0\",\"totalActivityCount\":\"0\"}")));

        PointsResult result = client.withOptions(TRACED).points().award(KEYED_AWARD);

        assertThat(result.alreadyApplied()).isFalse();
        List<LoggedRequest> attempts = wm.findAll(postRequestedFor(urlPathEqualTo(POINTS)));
        assertThat(attempts).hasSize(2);
        assertThat(attempts).allSatisfy(attempt -> assertThat(attempt.getBodyAsString())
                .contains("\"customId\":\"ticket-4711\"").contains("\"credit\""));
    }

    @Test
    void aKeyedDuplicateAnswerIsAlreadyAppliedOnTheAsyncView() {
        wm.stubFor(post(POINTS).willReturn(okJson("{\"errorCode\":\"AC1010\",\"errorMessage\":\"Duplicate\"}")));

        PointsResult result = client.async().withOptions(TRACED).points().award(KEYED_AWARD).join();

        assertThat(result.alreadyApplied()).isTrue();
        wm.verify(1, postRequestedFor(urlPathEqualTo(POINTS)).withRequestBody(matchingJsonPath("$.customId", equalTo("ticket-4711"))));
    }

    @Test
    void twoWritesThroughOneViewEachKeepTheirOwnKeyOrNone() {
        wm.stubFor(post(POINTS).willReturn(okJson(Samples.AWARD_RESPONSE)));
        AnnexCloudClient traced = client.withOptions(TRACED);

        traced.points().award(KEYED_AWARD);
        traced.points().award(AwardPoints.builder().from(AWARD).idempotencyKey("ticket-0001").build());
        traced.points().award(AWARD);

        List<String> bodies = wm.findAll(postRequestedFor(urlPathEqualTo(POINTS))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
        assertThat(bodies).hasSize(3);
        assertThat(bodies.get(0)).contains("\"customId\":\"ticket-4711\"");
        assertThat(bodies.get(1)).contains("\"customId\":\"ticket-0001\"");
        assertThat(bodies.get(2)).doesNotContain("customId");
    }

    @Test
    void readsCarryTheExtraHeadersBesideTheSignature() {
        wm.stubFor(get(BALANCE).willReturn(okJson(Samples.POINTS_BALANCE)));
        RequestOptions options = TRACED;

        client.withOptions(options).points().balance("user@domain.com");
        client.withOptions(options).async().points().balance("user@domain.com").join();
        client.async().withOptions(options).sync().points().balance("user@domain.com");
        client.async().sync().points().balance("user@domain.com");
        assertThat(client.async()).isSameAs(client.async());
        assertThat(client.async().sync()).isSameAs(client);

        wm.verify(1, getRequestedFor(urlPathEqualTo(BALANCE)).withHeader("X-Request-Source",
                com.github.tomakehurst.wiremock.client.WireMock.absent()));
        wm.verify(3, getRequestedFor(urlPathEqualTo(BALANCE)).withHeader("X-Request-Source", equalTo("loyalty-bridge"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
    }

    @Test
    void theTimeoutBoundsTheCall() {
        wm.stubFor(get(BALANCE).willReturn(okJson(Samples.POINTS_BALANCE).withFixedDelay(2_000)));
        AnnexCloudClient hurried = client.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(200)).build());

        assertThatThrownBy(() -> hurried.points().balance("user@domain.com"))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue());
        wm.verify(1, getRequestedFor(urlPathEqualTo(BALANCE)));
    }
}
