package com.annexcloud.sdk.bridge;

import static com.annexcloud.sdk.bridge.AnnexStubs.EMAIL;
import static com.annexcloud.sdk.bridge.AnnexStubs.json;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The card's recent redemptions, on WireMock answers in Annex Cloud's published shapes: {@code GET
 * /users/{id}/usedreward?page=N} ({@code rewardDetail[]} of strings with {@code pages}/{@code current_page}, the SAP
 * Commerce connector's {@code ACUsedRewardListResponse} beans and {@code used.rewards.v3.url}), and the history's
 * {@code rewardCode} (its {@code ACActivityDetailResponse} bean) as the fallback; docs/vendor-facts-agent-workflow.md,
 * "Annex Cloud: issued reward codes".
 */
class RedemptionsCardTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String USED = "/api/3.0/users/" + EMAIL + "/usedreward";
    private static final String ACTIVITY = "/api/3.0/users/" + EMAIL + "/activity";
    private static final String USED_PAGE = "{\"rewardDetail\":["
            + "{\"rewardCode\":\"SBX111-000003\",\"pointsUsed\":\"500\",\"rewardName\":\"$5 off your next order\","
            + "\"rewardStatus\":\"Used\",\"reason\":\"claim\",\"createDate\":\"2026-01-02T10:00:00-0700\"},"
            + "{\"rewardCode\":\"SBX112-000001\",\"pointsUsed\":\"750\",\"rewardName\":\"Free shipping\","
            + "\"rewardStatus\":\"Used\",\"reason\":\"claim\",\"createDate\":\"2025-12-20T10:00:00-0700\"}],"
            + "\"pages\":\"1\",\"current_page\":\"1\"}";
    private static final String HISTORY = "{\"siteId\":\"123456\",\"activityDetail\":["
            + "{\"actionId\":\"107\",\"activity\":\"DEBIT\",\"credit\":\"\",\"debit\":\"500\",\"displayText\":\"$5 off your next order\","
            + "\"createDate\":\"2026-01-02T10:00:00-0700\",\"expireDate\":\"\",\"rewardId\":\"111\",\"rewardCode\":\"HIST-1\"},"
            + "{\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":\"50\",\"debit\":\"\",\"displayText\":\"Goodwill\","
            + "\"createDate\":\"2026-01-01T10:00:00-0700\",\"expireDate\":\"\",\"rewardId\":\"\",\"rewardCode\":\"\"}],"
            + "\"currentPage\":\"1\",\"pages\":\"1\",\"totalActivityCount\":\"2\"}";
    private static final String ENDPOINT_MISSING = "<html><body>404 Not Found</body></html>";

    private final StubbedClients clients = new StubbedClients(wm);

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void theCardListsTheNewestUsedRewardsWithTheirCodes() throws Exception {
        AnnexStubs.member(wm, EMAIL, 0);
        wm.stubFor(get(urlPathEqualTo(USED)).willReturn(json(200, USED_PAGE)));

        LoyaltyCard card = clients.bridge().redemptions(1).build().lookup(EMAIL);

        JsonNode json = Json.mapper().readTree(card.toJson());
        assertThat(json.path("redemptions")).isEqualTo(Json.mapper().readTree("[{\"code\":\"SBX111-000003\","
                + "\"reward\":\"$5 off your next order\",\"points\":500,\"date\":\"2026-01-02\",\"status\":\"Used\"}]"));
        assertThat(card.partial()).isFalse();
        wm.verify(1, getRequestedFor(urlPathEqualTo(USED)).withQueryParam("page",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("1")));
        wm.verify(0, getRequestedFor(urlPathEqualTo(ACTIVITY)));
    }

    @Test
    void everySectionIsInFlightAtOnceAndConcurrentLookupsShareOneFetch() {
        AnnexStubs.member(wm, EMAIL, 300);
        wm.stubFor(get(urlPathEqualTo(USED)).willReturn(json(200, USED_PAGE).withFixedDelay(300)));
        wm.stubFor(get(urlPathEqualTo(ACTIVITY)).willReturn(json(200, HISTORY).withFixedDelay(300)));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + EMAIL + "/reward"))
                .willReturn(json(200, "{\"rewardDetail\":[]}").withFixedDelay(300)));
        LoyaltyBridge bridge = clients.bridge().recentActivity(5).eligibleRewards(true).redemptions(5).build();

        List<CompletableFuture<LoyaltyCard>> lookups = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lookups.add(bridge.lookupAsync(TicketCustomer.of(EMAIL)));
        }
        List<LoyaltyCard> cards = lookups.stream().map(CompletableFuture::join).toList();

        // user, points, tier, activity, rewards, used rewards: six requests, all at once, for twenty lookups
        assertThat(AnnexStubs.requests(wm)).isEqualTo(6);
        assertThat(clients.transport.most()).isEqualTo(6);
        assertThat(cards).allSatisfy(card -> assertThat(card.redemptions()).hasSize(2));
    }

    @Test
    void whenTheUsedRewardsEndpointIsMissingTheHistorysCodesAreListedFromTheActivityAlreadyInFlight() {
        AnnexStubs.member(wm, EMAIL, 0);
        wm.stubFor(get(urlPathEqualTo(USED)).willReturn(json(404, ENDPOINT_MISSING).withHeader("Content-Type", "text/html")));
        wm.stubFor(get(urlPathEqualTo(ACTIVITY)).willReturn(json(200, HISTORY)));

        LoyaltyCard card = clients.bridge().recentActivity(5).redemptions(3).build().lookup(EMAIL);

        assertThat(card.redemptions()).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo("HIST-1");
            assertThat(line.reward()).contains("$5 off your next order");
            assertThat(line.status()).isEmpty();
        });
        assertThat(card.partial()).isFalse();
        wm.verify(1, getRequestedFor(urlPathEqualTo(ACTIVITY)));
    }

    @Test
    void withoutTheActivitySectionTheFallbackAsksForTheHistoryOnlyWhenTheUsedRewardsFail() {
        AnnexStubs.member(wm, EMAIL, 0);
        wm.stubFor(get(urlPathEqualTo(USED)).willReturn(json(500, "{\"errorCode\":\"AC1000\",\"errorMessage\":\"oops\"}")));
        wm.stubFor(get(urlPathEqualTo(ACTIVITY)).willReturn(json(200, HISTORY)));

        LoyaltyCard card = clients.bridge().redemptions(3).build().lookup(EMAIL);

        assertThat(card.redemptions()).extracting(line -> line.code()).containsExactly("HIST-1");
        assertThat(card.recentActivity()).isEmpty();
        assertThat(card.partial()).isFalse();
        wm.verify(1, getRequestedFor(urlPathEqualTo(ACTIVITY)));
    }

    @Test
    void whenBothSourcesFailTheCardIsPartialWithoutRedemptions() throws Exception {
        AnnexStubs.member(wm, EMAIL, 0);
        wm.stubFor(get(urlPathEqualTo(USED)).willReturn(json(404, ENDPOINT_MISSING).withHeader("Content-Type", "text/html")));
        wm.stubFor(get(urlPathEqualTo(ACTIVITY)).willReturn(json(500, "{\"errorCode\":\"AC1000\",\"errorMessage\":\"oops\"}")));

        LoyaltyCard card = clients.bridge().redemptions(3).build().lookup(EMAIL);

        assertThat(card.partial()).isTrue();
        assertThat(card.points()).isPresent();
        assertThat(Json.mapper().readTree(card.toJson()).has("redemptions")).isFalse();
    }

    @Test
    void aUsedRewardsCallMissingTheSectionDeadlineLeavesTheSectionOut() {
        AnnexStubs.member(wm, EMAIL, 0);
        wm.stubFor(get(urlPathEqualTo(USED)).willReturn(json(200, USED_PAGE).withFixedDelay(2_000)));

        LoyaltyCard card = clients.bridge().sectionTimeout(Duration.ofMillis(200)).redemptions(3).build().lookup(EMAIL);

        assertThat(card.partial()).isTrue();
        assertThat(card.redemptions()).isEmpty();
        assertThat(card.tier()).isPresent();
    }

    @Test
    void aMemberWhoRedeemedNothingHasACompleteCardWithoutTheList() throws Exception {
        AnnexStubs.member(wm, EMAIL, 0);
        wm.stubFor(get(urlPathEqualTo(USED)).willReturn(json(404, AnnexStubs.NOT_FOUND)));

        LoyaltyCard card = clients.bridge().redemptions(3).build().lookup(EMAIL);

        assertThat(card.partial()).isFalse();
        assertThat(Json.mapper().readTree(card.toJson()).has("redemptions")).isFalse();
        wm.verify(0, getRequestedFor(urlPathEqualTo(ACTIVITY)));
    }

    @Test
    void redemptionsAreOffByDefaultAndBoundedWhenOn() {
        AnnexStubs.member(wm, EMAIL, 0);

        clients.bridge().build().lookup(EMAIL);

        wm.verify(0, getRequestedFor(urlPathEqualTo(USED)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clients.bridge().redemptions(21))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 20");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clients.bridge().redemptions(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
