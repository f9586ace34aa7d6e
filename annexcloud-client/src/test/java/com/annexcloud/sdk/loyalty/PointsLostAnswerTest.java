package com.annexcloud.sdk.loyalty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.OutcomeUnknownException;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.Timeouts;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.annexcloud.sdk.loyalty.model.RedeemReward;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * A points write whose answer was lost is looked for in the member's activity before it is sent again, so
 * that it never credits twice even where the server does not deduplicate {@code customId} (no public source
 * confirms that a repeated customId answers AC1010). Activity pages are in the vendor's shape:
 * {@code activityDetail[]} with {@code currentPage}, {@code pages}, {@code totalActivityCount} (Annex Cloud's
 * SAP Commerce connector, ACUserActivityResponse / ACActivityDetailResponse); no source shows customId there.
 * The test clock stands at 2026-01-01T00:00:00Z.
 */
class PointsLostAnswerTest extends WireMockTestBase {
    private static final String ACTIVITY = "/api/3.0/users/user@domain.com/activity";
    private static final AwardPoints AWARD = AwardPoints.builder().memberId("user@domain.com").credit(50)
            .reason("goodwill").idempotencyKey("ticket-4711").build();

    private static String page(String entries, int page, int pages) {
        return "{\"activityDetail\":[" + entries + "],\"currentPage\":\"" + page + "\",\"pages\":\"" + pages
                + "\",\"totalActivityCount\":\"" + pages + "\"}";
    }

    private static String entry(String activity, String credit, String actionId, String createDate) {
        return "{\"actionId\":\"" + actionId + "\",\"activity\":\"" + activity + "\",\"credit\":\"" + credit
                + "\",\"debit\":\"\",\"displayText\":\"goodwill\",\"createDate\":\"" + createDate
                + "\",\"expireDate\":\"\",\"rewardId\":\"\",\"rewardCode\":\"\"}";
    }

    private static void firstPostLostThenOk() {
        wm.stubFor(post("/api/3.0/points").inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("answered"));
        wm.stubFor(post("/api/3.0/points").inScenario("lost").whenScenarioStateIs("answered")
                .willReturn(okJson(Samples.AWARD_RESPONSE)));
    }

    private static void activityPage(int page, String body) {
        wm.stubFor(get(urlPathEqualTo(ACTIVITY)).withQueryParam("page", equalTo(Integer.toString(page)))
                .willReturn(okJson(body)));
    }

    @Test
    void aLostCreditFoundInActivityIsAlreadyAppliedAndNotSentAgain() {
        firstPostLostThenOk();
        // The server applied the lost attempt: the newest entry is this credit, dated just after it (-0700).
        activityPage(1, page(entry("Credit", "50", "100", "2025-12-31T17:00:02-0700") + ","
                + entry("CREDIT", "10", "101", "2025-06-01T00:00:00-0700"), 1, 1));

        PointsResult result = client.points().award(AWARD);

        assertThat(result.alreadyApplied()).isTrue();
        assertThat(result.updatedAvailablePoints()).isEmpty();
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
        wm.verify(1, getRequestedFor(urlPathEqualTo(ACTIVITY)));
    }

    @Test
    void aLostCreditNotInActivityIsSentAgainOnce() {
        firstPostLostThenOk();
        // Newest first: a credit of another amount, then one older than the write, which ends the search.
        activityPage(1, page(entry("CREDIT", "49.50", "100", "2026-01-01T00:00:01Z") + ","
                + entry("CREDIT", "50", "100", "2025-12-01T00:00:00Z"), 1, 3));

        PointsResult result = client.async().points().award(AWARD).join();

        assertThat(result.alreadyApplied()).isFalse();
        assertThat(result.updatedAvailablePoints()).contains(new BigDecimal("4545"));
        wm.verify(2, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
        wm.verify(0, getRequestedFor(urlPathEqualTo(ACTIVITY)).withQueryParam("page", equalTo("2")));
    }

    @Test
    void theSearchFollowsPagesUntilTheWritesTime() {
        firstPostLostThenOk();
        activityPage(1, page(entry("DEBIT", "50", "100", "2026-01-01T00:00:03Z"), 1, 2));
        activityPage(2, page(entry("CREDIT", "50", "100", "2026-01-01T00:00:01Z"), 2, 2));

        assertThat(client.points().award(AWARD).alreadyApplied()).isTrue();
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
    }

    @Test
    void whenActivityCannotBeReadTheWriteIsNotSentAgain() {
        firstPostLostThenOk();
        wm.stubFor(get(urlPathEqualTo(ACTIVITY)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"AC1002\",\"errorMessage\":\"Request Not Authorized\"}")));

        assertThatThrownBy(() -> client.points().award(AWARD)).isInstanceOf(TransportException.class);
        wm.resetScenarios();
        assertThatThrownBy(() -> client.async().points().award(AWARD).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(TransportException.class);
        wm.verify(2, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
    }

    @Test
    void aRedemptionIsMatchedByItsRewardAndAction() {
        wm.stubFor(post("/api/3.0/points").willReturn(aResponse().withStatus(502)));
        // The SAP connector's activity beans carry rewardId and rewardCode on a redemption.
        activityPage(1, page("{\"actionId\":\"107\",\"activity\":\"DEBIT\",\"credit\":\"\",\"debit\":\"500\","
                + "\"displayText\":\"$5 off\",\"createDate\":\"2026-01-01T00:00:00Z\",\"rewardId\":\"111\",\"rewardCode\":\"X1\"}", 1, 1));

        PointsResult result = client.points().redeemReward(RedeemReward.builder().memberId("user@domain.com")
                .rewardId("111").orderId("gorgias-7-reward-111").build());

        assertThat(result.alreadyApplied()).isTrue();
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
    }

    @Test
    void anEntryEchoingAnotherCustomIdIsNotTheWrite() {
        firstPostLostThenOk();
        // Should a site echo customId in activity, a different one rules the entry out.
        activityPage(1, page("{\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":\"50\",\"customId\":\"ticket-1\","
                + "\"createDate\":\"2026-01-01T00:00:00Z\"}", 1, 1));

        assertThat(client.points().award(AWARD).alreadyApplied()).isFalse();
        wm.verify(2, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
    }

    @Test
    void anEqualCreditMadeMinutesBeforeTheWriteIsAnotherTransaction() {
        firstPostLostThenOk();
        // The same 50-point goodwill credit, awarded 5 minutes earlier for another ticket: not this write.
        activityPage(1, page(entry("CREDIT", "50", "100", "2025-12-31T23:55:00Z"), 1, 1));

        PointsResult result = client.points().award(AWARD);

        assertThat(result.alreadyApplied()).isFalse();
        assertThat(result.updatedAvailablePoints()).contains(new BigDecimal("4545"));
        wm.verify(2, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
    }

    @Test
    void aLikeEntryWithinTheClockSkewOrUndatedLeavesTheOutcomeUnknown() {
        firstPostLostThenOk();
        activityPage(1, page(entry("CREDIT", "50", "100", "2025-12-31T23:59:58Z"), 1, 1));

        assertThatThrownBy(() -> client.points().award(AWARD)).isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("unknown").hasMessageNotContaining("ticket-4711");

        wm.resetScenarios();
        // The vendor's beans leave createDate empty where a site does not fill it.
        activityPage(1, page(entry("CREDIT", "50", "100", ""), 1, 1));
        assertThatThrownBy(() -> client.async().points().award(AWARD).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(OutcomeUnknownException.class);
        wm.verify(2, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
    }

    @Test
    void aPageOfOldEntriesInOldestFirstOrderDoesNotEndTheSearch() {
        firstPostLostThenOk();
        // No source states the order: page 1 here runs oldest first, and the write is on the last page.
        activityPage(1, page(entry("CREDIT", "10", "101", "2025-01-01T00:00:00Z") + ","
                + entry("CREDIT", "50", "100", "2025-06-01T00:00:00Z"), 1, 2));
        activityPage(2, page(entry("CREDIT", "20", "101", "2025-12-01T00:00:00Z") + ","
                + entry("CREDIT", "50", "100", "2026-01-01T00:00:01Z"), 2, 2));

        assertThat(client.points().award(AWARD).alreadyApplied()).isTrue();
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
    }

    @Test
    void anEntryEchoingTheWritesCustomIdIsTheWriteWhateverItsDate() {
        firstPostLostThenOk();
        // Should a site echo customId (no source shows it), it decides: here the server's clock runs behind.
        activityPage(1, page("{\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":\"50\",\"customId\":\"ticket-4711\","
                + "\"createDate\":\"2025-12-31T23:50:00Z\"}", 1, 1));

        assertThat(client.points().award(AWARD).alreadyApplied()).isTrue();
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
    }

    @Test
    void theActivitySearchKeepsToTheWritesOverallDeadline() {
        firstPostLostThenOk();
        // The write applied, but the history answers in 1 s, while 200 ms of the write's 2.2 s deadline remain
        // after its 2 s retry wait (a read of its own would have 2.2 s). The search may not outlast the write:
        // it gives up, and the write is not sent again.
        wm.stubFor(get(urlPathEqualTo(ACTIVITY)).willReturn(okJson(page(entry("CREDIT", "50", "100",
                "2026-01-01T00:00:01Z"), 1, 1)).withFixedDelay(1_000)));
        AnnexCloudClient hurried = AnnexCloudClient.builder()
                .baseUri(URI.create(wm.getRuntimeInfo().getHttpBaseUrl() + "/api/3.0"))
                .siteId(TestSupport.SITE_ID).secret(Secret.of(TestSupport.SECRET))
                .options(ClientOptions.builder().httpVersion(HttpClient.Version.HTTP_1_1).clock(time.clock())
                        .sleeper(time).retryPolicy(RetryPolicy.builder().jitter(0).initialBackoff(Duration.ofSeconds(2)).build())
                        .timeouts(Timeouts.builder().perAttempt(Duration.ofSeconds(10)).overall(Duration.ofMillis(2_200)).build())
                        .build())
                .build();

        try (hurried) {
            assertThatThrownBy(() -> hurried.points().award(AWARD)).isInstanceOf(TransportException.class);
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
    }
}
