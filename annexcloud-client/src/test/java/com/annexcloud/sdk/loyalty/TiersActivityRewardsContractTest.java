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
        assertThat(tier.pointsToNextTier()).contains(new BigDecimal("120"));
        assertThat(tier.tierAchieveDate()).contains(date);
        assertThat(tier.tierExpirationDate()).contains(date);
        assertThat(tier.purchaseRatio()).contains(new BigDecimal("2"));
        assertThat(tier.currentTierPurchaseRatio()).contains(new BigDecimal("0.5"));
        assertThat(tier.spendAmountToNextTier()).isEmpty();
        LoggedRequest request = wm.findAll(getRequestedFor(urlPathEqualTo("/api/3.0/users/user@domain.com/tiers"))).get(0);
        assertSigned(request, idLiteral("user@domain.com"), time);
    }

    @Test
    void decimalPrecisionFiguresAreReadExactly() {
        // The API portal: the type of pointsToNextTier depends on the site's decimal precision.
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com/tiers"))
                .willReturn(okJson("{\"currentTier\":\"Silver\",\"pointsToNextTier\":\"120.50\"}")));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/points/user@domain.com")).willReturn(okJson(
                "{\"availablePoints\":\"1250.75\",\"usedPoints\":120.5,\"lifetimePoints\":\"7561\","
                        + "\"holdPoints\":1000,\"expiredPoints\":\"\",\"pointsToNextTier\":\"0.25\"}")));

        TierStatus tier = client.tiers().get("user@domain.com");
        var balance = client.points().balance("user@domain.com");

        assertThat(tier.pointsToNextTier()).contains(new BigDecimal("120.50"));
        assertThat(balance.availablePoints()).contains(new BigDecimal("1250.75"));
        assertThat(balance.usedPoints()).contains(new BigDecimal("120.5"));
        assertThat(balance.lifetimePoints()).contains(new BigDecimal("7561"));
        assertThat(balance.holdPoints()).contains(new BigDecimal("1000"));
        assertThat(balance.expiredPoints()).isEmpty();
        assertThat(balance.pointsToNextTier()).contains(new BigDecimal("0.25"));
    }

    @Test
    void tierAsyncReadsTheSample() {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com/tiers")).willReturn(okJson(Samples.TIER)));

        assertThat(client.async().tiers().get("user@domain.com").join().pointsToNextTier()).contains(new BigDecimal("120"));
    }

    @Test
    void activityFollowsPagesLazilyUntilAnEmptyPage() throws Exception {
        // A wrapper name other than the vendor's activityDetail, and no page count: read tolerantly.
        stubPage(1, "{\"activities\":[{\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":\"50\",\"displayText\":\"bonus\","
                + "\"createDate\":\"2020-01-30T05:30:00+0000\",\"channel\":\"web\"},{\"actionId\":107,\"activity\":\"DEBIT\",\"debit\":20}]}");
        stubPage(2, "[{\"activity\":\"CREDIT\",\"credit\":5}]");
        stubPage(3, "{\"activities\":[]}");

        try (Stream<ActivityEntry> stream = client.activity().list("user@domain.com").stream()) {
            assertThat(stream.findFirst()).hasValueSatisfying(first -> {
                assertThat(first.credit()).contains(new BigDecimal("50"));
                assertThat(first.createDate()).contains(OffsetDateTime.parse("2020-01-30T05:30:00Z"));
                assertThat(first.additionalProperties()).containsKey("channel");
            });
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo(ACTIVITY)));

        List<ActivityEntry> all = client.activity().list("user@domain.com").stream().collect(Collectors.toList());

        assertThat(all).extracting(e -> e.activity().orElseThrow()).containsExactly("CREDIT", "DEBIT", "CREDIT");
        assertThat(all.get(1).actionId()).contains("107");
        assertThat(all.get(1).debit()).contains(new BigDecimal("20"));
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

        List<ActivityEntry> recent = client.async().activity().recent("user@domain.com").join();

        assertThat(recent).extracting(e -> e.activity().orElseThrow()).containsExactly("CREDIT", "DEBIT");
        wm.verify(1, getRequestedFor(urlPathEqualTo(ACTIVITY)));
        assertSigned(wm.findAll(getRequestedFor(urlPathEqualTo(ACTIVITY))).get(0), idLiteral("user@domain.com"), time);
    }

    @Test
    void recentActivityOfAMemberWithoutHistoryIsEmpty() {
        stubPage(1, aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(NO_DATA));

        assertThat(client.async().activity().recent("user@domain.com").join()).isEmpty();
    }

    @Test
    void activityFailuresSurfaceFromTheStream() {
        stubPage(1, aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"AC1002\",\"errorMessage\":\"Request Not Authorized\"}"));

        assertThatThrownBy(() -> client.activity().list("user@domain.com").stream().count())
                .isInstanceOf(AnnexCloudUnauthorizedException.class);
    }

    @Test
    void rewardsReadsRewardDetailAndTreatsAC1005AsNone() throws Exception {
        // Shape of ACRewardListResponse / ACRewardDetails in Annex Cloud's SAP Commerce connector
        // (github.com/AnnexCloudSAP/SAP-Cloud-Commerce-2005, annexcloudv3services-beans.xml): every value a string.
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com/reward")).willReturn(okJson(
                "{\"creditsToCurrencyRatio\":\"1\",\"creditsToCurrencyValue\":\"6656\",\"rewardDetail\":["
                        + "{\"rewardId\":\"111\",\"displayText\":\"$5 off\",\"creditRequired\":\"500\",\"eligible\":\"YES\","
                        + "\"rewardUrl\":\"https://shop.example/r/111\",\"rewardImageUrl\":\"https://shop.example/r/111.png\",\"tag\":\"x\"},"
                        + "{\"rewardId\":\"112\",\"displayText\":\"Free shipping\",\"creditRequired\":250.5,\"eligible\":\"NO\"}]}")));

        List<Reward> rewards = client.rewards().available("user@domain.com");

        assertThat(rewards).extracting(r -> r.rewardId().orElseThrow()).containsExactly("111", "112");
        assertThat(rewards).extracting(r -> r.creditRequired().orElseThrow())
                .containsExactly(new BigDecimal("500"), new BigDecimal("250.5"));
        assertThat(rewards).extracting(Reward::isEligible).containsExactly(true, false);
        assertThat(rewards.get(0).displayText()).contains("$5 off");
        assertThat(rewards.get(0).rewardUrl()).contains("https://shop.example/r/111");
        assertThat(rewards.get(0).rewardImageUrl()).contains("https://shop.example/r/111.png");
        assertThat(rewards.get(0).additionalProperties()).containsKey("tag");
        LoggedRequest request = wm.findAll(getRequestedFor(urlPathEqualTo("/api/3.0/users/user@domain.com/reward"))).get(0);
        assertSigned(request, idLiteral("user@domain.com"), time);

        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com/reward")).willReturn(okJson(NO_DATA)));
        assertThat(client.async().rewards().available("user@domain.com").join()).isEmpty();
    }

    @Test
    void activityReadsActivityDetailAndStopsAtTheLastCountedPage() {
        // Shape of ACUserActivityResponse / ACActivityDetailResponse (SAP Commerce connector beans) with the
        // portal's activityId; page 2 of 2 is the last one, so page 3 is never asked for.
        stubPage(1, "{\"activityDetail\":[{\"actionId\":\"107\",\"activity\":\"DEBIT\",\"credit\":\"\",\"debit\":\"120.50\","
                + "\"displayText\":\"Redeemed $5 off\",\"createDate\":\"2020-01-30T05:30:00+0000\",\"expireDate\":\"\","
                + "\"rewardId\":\"111\",\"rewardCode\":\"$5-OFF\",\"activityId\":\"a-1\",\"pointType\":\"Standard\"}],"
                + "\"currentPage\":\"1\",\"pages\":\"2\",\"totalActivityCount\":\"2\"}");
        stubPage(2, "{\"activityDetail\":[{\"actionId\":100,\"activity\":\"Credit\",\"credit\":1000,\"debit\":\"\","
                + "\"displayText\":\"Welcome\"}],\"currentPage\":2,\"pages\":2,\"totalActivityCount\":2}");
        stubPage(3, "{\"activityDetail\":[{\"actionId\":100,\"activity\":\"Credit\",\"credit\":1}],\"pages\":2}");

        List<ActivityEntry> all = client.activity().list("user@domain.com").stream().collect(Collectors.toList());

        assertThat(all).hasSize(2);
        ActivityEntry redemption = all.get(0);
        assertThat(redemption.debit()).contains(new BigDecimal("120.50"));
        assertThat(redemption.credit()).isEmpty();
        assertThat(redemption.displayText()).contains("Redeemed $5 off");
        assertThat(redemption.rewardId()).contains("111");
        assertThat(redemption.rewardCode()).contains("$5-OFF");
        assertThat(redemption.activityId()).contains("a-1");
        assertThat(redemption.expireDate()).isEmpty();
        assertThat(redemption.additionalProperties()).containsKey("pointType");
        assertThat(all.get(1).credit()).contains(new BigDecimal("1000"));
        assertThat(all.get(1).actionId()).contains("100");
        wm.verify(0, getRequestedFor(urlPathEqualTo(ACTIVITY)).withQueryParam("page", equalTo("3")));
    }

    @Test
    void activityReadsASingleActivityDetailObjectAsOneEntry() {
        // The API portal describes activityDetail as an object: one entry is read as a list of one.
        stubPage(1, "{\"siteId\":\"29235480\",\"activityDetail\":{\"actionId\":109,\"activity\":\"Credit\",\"credit\":100},"
                + "\"pages\":1}");

        assertThat(client.activity().list("user@domain.com")).singleElement()
                .satisfies(entry -> assertThat(entry.credit()).contains(new BigDecimal("100")));
    }

    @Test
    void aNamedListThatIsEmptyOrNullIsNoItemsNotAnotherArray() {
        // The SAP connector's beans type rewardDetail as a list; a site with none may send "" or null, the way
        // its other empty values arrive. Another array in the body (here rewards already used) is not the list asked for.
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com/reward")).willReturn(okJson(
                "{\"creditsToCurrencyValue\":\"6656\",\"rewardDetail\":\"\",\"usedRewards\":[{\"rewardId\":\"999\"}]}")));
        stubPage(1, "{\"activityDetail\":null,\"badges\":[{\"activity\":\"CREDIT\",\"credit\":5}],\"pages\":1}");

        assertThat(client.rewards().available("user@domain.com")).isEmpty();
        assertThat(client.activity().list("user@domain.com")).isEmpty();
    }

    private static void stubPage(int page, String body) {
        stubPage(page, okJson(body));
    }

    private static void stubPage(int page, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        wm.stubFor(get(urlPathEqualTo(ACTIVITY)).withQueryParam("page", equalTo(Integer.toString(page)))
                .willReturn(response));
    }
}
