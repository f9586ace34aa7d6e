package com.annexcloud.sdk.loyalty;

import static com.annexcloud.sdk.loyalty.TestSupport.assertSigned;
import static com.annexcloud.sdk.loyalty.TestSupport.idLiteral;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import com.annexcloud.sdk.loyalty.model.Reward;
import com.annexcloud.sdk.loyalty.model.TierStatus;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TiersActivityRewardsContractTest extends WireMockTestBase {
    private static final String ACTIVITY = "/api/3.0/users/user@domain.com/activity";
    private static final String NO_DATA = "{\"errorCode\":\"AC1005\",\"errorMessage\":\"No data found\"}";

    @Test
    void tierReadsTheDocumentSampleWithCapitalisedPointsToNextTier() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com/tiers")).willReturn(okJson(Samples.TIER)));

        TierStatus tier = client.tiers().get("user@domain.com");

        OffsetDateTime date = OffsetDateTime.of(2018, 4, 1, 14, 0, 0, 0, ZoneOffset.ofHours(-7));
        assertThat(tier.currentTier()).contains("Silver");
        assertThat(tier.previousTier()).contains("Bronze");
        assertThat(tier.nextTier()).contains("Gold");
        assertThat(tier.pointsToNextTier()).contains(120L);
        assertThat(tier.tierAchieveDate()).contains(date);
        assertThat(tier.tierExpirationDate()).contains(date);
        assertThat(tier.purchaseRatio()).contains(new BigDecimal("2"));
        assertThat(tier.currentTierPurchaseRatio()).contains(new BigDecimal("0.5"));
        assertThat(tier.spendAmountToNextTier()).isEmpty();
        LoggedRequest request = wm.findAll(getRequestedFor(urlPathEqualTo("/api/3.0/users/user@domain.com/tiers"))).get(0);
        assertSigned(request, idLiteral("user@domain.com"), time);
    }

    @Test
    void tierAsyncReadsTheSample() {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com/tiers")).willReturn(okJson(Samples.TIER)));

        assertThat(client.tiers().getAsync("user@domain.com").join().pointsToNextTier()).contains(120L);
    }

    @Test
    void activityFollowsPagesLazilyUntilAnEmptyPage() throws Exception {
        stubPage(1, "{\"activities\":[{\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":\"50\",\"reason\":\"bonus\","
                + "\"createDate\":\"2020-01-30T05:30:00+0000\",\"channel\":\"web\"},{\"actionId\":107,\"activity\":\"DEBIT\",\"debit\":20}]}");
        stubPage(2, "[{\"activity\":\"CREDIT\",\"credit\":5}]");
        stubPage(3, "{\"activities\":[]}");

        try (Stream<ActivityEntry> stream = client.activity().list("user@domain.com")) {
            assertThat(stream.findFirst()).hasValueSatisfying(first -> {
                assertThat(first.credit()).contains(50L);
                assertThat(first.createDate()).contains(OffsetDateTime.parse("2020-01-30T05:30:00Z"));
                assertThat(first.additionalProperties()).containsKey("channel");
            });
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo(ACTIVITY)));

        List<ActivityEntry> all = client.activity().list("user@domain.com").collect(Collectors.toList());

        assertThat(all).extracting(e -> e.activity().orElseThrow()).containsExactly("CREDIT", "DEBIT", "CREDIT");
        assertThat(all.get(1).actionId()).contains("107");
        assertThat(all.get(1).debit()).contains(20L);
        LoggedRequest page2 = wm.findAll(getRequestedFor(urlPathEqualTo(ACTIVITY)).withQueryParam("page", equalTo("2"))).get(0);
        assertSigned(page2, idLiteral("user@domain.com"), time);
    }

    @Test
    void activityStopsOnAC1005AndOnARepeatedPage() {
        stubPage(1, "[{\"activity\":\"CREDIT\",\"credit\":5}]");
        stubPage(2, aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(NO_DATA));
        assertThat(client.activity().list("user@domain.com")).hasSize(1);

        wm.resetAll();
        stubPage(1, "[{\"activity\":\"CREDIT\",\"credit\":5}]");
        stubPage(2, "[{\"activity\":\"CREDIT\",\"credit\":5}]");
        assertThat(client.activity().list("user@domain.com")).hasSize(1);
        wm.verify(2, getRequestedFor(urlPathEqualTo(ACTIVITY)));
    }

    @Test
    void recentActivityIsTheFirstPageFetchedAsynchronously() throws Exception {
        stubPage(1, "{\"activities\":[{\"activity\":\"CREDIT\",\"credit\":\"50\"},{\"activity\":\"DEBIT\",\"debit\":20}]}");
        stubPage(2, "[{\"activity\":\"CREDIT\",\"credit\":5}]");

        List<ActivityEntry> recent = client.activity().recentAsync("user@domain.com").join();

        assertThat(recent).extracting(e -> e.activity().orElseThrow()).containsExactly("CREDIT", "DEBIT");
        wm.verify(1, getRequestedFor(urlPathEqualTo(ACTIVITY)));
        assertSigned(wm.findAll(getRequestedFor(urlPathEqualTo(ACTIVITY))).get(0), idLiteral("user@domain.com"), time);
    }

    @Test
    void recentActivityOfAMemberWithoutHistoryIsEmpty() {
        stubPage(1, aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(NO_DATA));

        assertThat(client.activity().recentAsync("user@domain.com").join()).isEmpty();
    }

    @Test
    void activityFailuresSurfaceFromTheStream() {
        stubPage(1, aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"AC1002\",\"errorMessage\":\"Request Not Authorized\"}"));

        assertThatThrownBy(() -> client.activity().list("user@domain.com").count())
                .isInstanceOf(AnnexCloudUnauthorizedException.class);
    }

    @Test
    void rewardsReadsTheListAndTreatsAC1005AsNone() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com/reward")).willReturn(okJson(
                "{\"rewards\":[{\"rewardId\":\"111\",\"rewardName\":\"$5 off\",\"rewardPoints\":\"500\",\"tag\":\"x\"},"
                        + "{\"id\":\"112\",\"name\":\"Free shipping\",\"points\":250}]}")));

        List<Reward> rewards = client.rewards().available("user@domain.com");

        assertThat(rewards).extracting(r -> r.id().orElseThrow()).containsExactly("111", "112");
        assertThat(rewards).extracting(r -> r.points().orElseThrow()).containsExactly(500L, 250L);
        assertThat(rewards.get(0).name()).contains("$5 off");
        assertThat(rewards.get(0).additionalProperties()).containsKey("tag");
        LoggedRequest request = wm.findAll(getRequestedFor(urlPathEqualTo("/api/3.0/users/user@domain.com/reward"))).get(0);
        assertSigned(request, idLiteral("user@domain.com"), time);

        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com/reward")).willReturn(okJson(NO_DATA)));
        assertThat(client.rewards().availableAsync("user@domain.com").join()).isEmpty();
    }

    private static void stubPage(int page, String body) {
        stubPage(page, okJson(body));
    }

    private static void stubPage(int page, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        wm.stubFor(get(urlPathEqualTo(ACTIVITY)).withQueryParam("page", equalTo(Integer.toString(page)))
                .willReturn(response));
    }
}
