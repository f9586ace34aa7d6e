package com.annexcloud.sdk.loyalty;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.GivePoints;
import com.annexcloud.sdk.loyalty.model.OptInStatus;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.annexcloud.sdk.loyalty.model.RedeemReward;
import com.annexcloud.sdk.loyalty.model.Reward;
import com.annexcloud.sdk.loyalty.model.TierStatus;
import com.annexcloud.sdk.loyalty.model.UpdateUser;
import com.annexcloud.sdk.loyalty.model.UsedReward;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every payload of the vendor corpus ({@code src/test/resources/vendor/annexcloud}, sources in its README)
 * read through the client and its models, from WireMock.
 */
class AnnexCloudVendorCorpusTest extends WireMockTestBase {
    private static final String FOLDER = "/vendor/annexcloud/";
    private static final String MEMBER = "user@domain.com";
    private static final Set<String> READ = ConcurrentHashMap.newKeySet();

    private static String payload(String file) {
        READ.add(file);
        try (InputStream in = AnnexCloudVendorCorpusTest.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(String path, String file) {
        wm.stubFor(get(urlPathEqualTo("/api/3.0" + path)).willReturn(okJson(payload(file))));
    }

    @AfterAll
    static void everyCorpusFileIsRead() throws IOException, URISyntaxException {
        Path folder = Path.of(AnnexCloudVendorCorpusTest.class.getResource(FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> corpus = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toSet());
            assertThat(READ).containsExactlyInAnyOrderElementsOf(corpus);
        }
    }

    @Test
    void user() {
        serve("/users/" + MEMBER, "user.json");

        AnnexUser user = client.users().get(MEMBER);

        assertThat(user.id()).isEqualTo(MEMBER);
        assertThat(user.lastName()).contains("Doe");
        assertThat(user.optInStatus()).contains(OptInStatus.YES);
        assertThat(user.birthDate()).contains(OffsetDateTime.parse("2018-04-01T00:00:00-07:00"));
        assertThat(user.optInDate()).contains(OffsetDateTime.parse("2018-04-01T00:00:00-07:00"));
        assertThat(user.totalSpendCurrency()).contains(new BigDecimal("150"));
        assertThat(user.siteId()).contains("123456");
        assertThat(user.extendedAttribute()).containsEntry("KEY2", "VALUE2");
    }

    @Test
    void userUpdateResponse() {
        wm.stubFor(patch(urlPathEqualTo("/api/3.0/users/" + MEMBER)).willReturn(okJson(payload("user-update-response.json"))));

        AnnexUser user = client.users().update(MEMBER, UpdateUser.builder().firstName("Jane").build());

        assertThat(user.firstName()).contains("Jane");
        assertThat(user.phone()).isEmpty();
        assertThat(user.birthDate()).isEmpty();
        assertThat(user.optInDate()).contains(OffsetDateTime.parse("2020-01-30T05:30:00Z"));
    }

    @Test
    void pointsBalanceOfTheIntegrationDocument() {
        serve("/points/" + MEMBER, "points-balance.json");

        PointsBalance balance = client.points().balance(MEMBER);

        assertThat(balance.availablePoints()).contains(new BigDecimal("6656"));
        assertThat(balance.holdPoints()).contains(new BigDecimal("1000"));
        assertThat(balance.pointsToExpireDate()).contains(LocalDate.of(2020, 1, 30));
        assertThat(balance.creditsToCurrencyValue()).contains(new BigDecimal("6656"));
    }

    @Test
    void pointsBalanceOfThePortal() {
        serve("/points/" + MEMBER, "points-balance-portal.json");

        PointsBalance balance = client.points().balance(MEMBER);

        assertThat(balance.availablePoints()).contains(new BigDecimal("6620"));
        assertThat(balance.lifetimePoints()).contains(new BigDecimal("8620"));
        assertThat(balance.earnedPointsPeriod()).contains("anniversary year");
        assertThat(balance.additionalProperties()).containsKeys("siteId", "negativePoints");
    }

    @Test
    void pointsBalanceOfADecimalPrecisionSite() {
        serve("/points/" + MEMBER, "points-balance-decimal.json");

        PointsBalance balance = client.points().balance(MEMBER);

        assertThat(balance.availablePoints()).contains(new BigDecimal("1250.75"));
        assertThat(balance.usedPoints()).contains(new BigDecimal("120.50"));
        assertThat(balance.expiredPoints()).isEmpty();
        assertThat(balance.pointsToExpire()).contains(new BigDecimal("10.5"));
        assertThat(balance.pointsToNextTier()).contains(new BigDecimal("120.50"));
        assertThat(balance.spendToNextTier()).isEmpty();
        assertThat(balance.creditsToCurrencyValue()).contains(new BigDecimal("12.5075"));
        assertThat(balance.additionalProperties()).containsKey("totalSpend");
    }

    @Test
    void tierOfTheIntegrationDocument() {
        serve("/users/" + MEMBER + "/tiers", "tier.json");

        TierStatus tier = client.tiers().get(MEMBER);

        assertThat(tier.pointsToNextTier()).contains(new BigDecimal("120"));
        assertThat(tier.spendAmountToNextTier()).isEmpty();
    }

    @Test
    void tierOfTheConnectorOnADecimalPrecisionSite() {
        serve("/users/" + MEMBER + "/tiers", "tier-connector-decimal.json");

        TierStatus tier = client.tiers().get(MEMBER);

        assertThat(tier.currentTier()).contains("Silver");
        assertThat(tier.pointsToNextTier()).contains(new BigDecimal("120.50"));
        assertThat(tier.purchaseRatio()).contains(new BigDecimal("1.5"));
    }

    @Test
    void rewards() {
        serve("/users/" + MEMBER + "/reward", "rewards.json");

        List<Reward> rewards = client.rewards().available(MEMBER);

        assertThat(rewards).extracting(r -> r.rewardId().orElseThrow()).containsExactly("111", "114");
        assertThat(rewards).extracting(r -> r.creditRequired().orElseThrow())
                .containsExactly(new BigDecimal("500"), new BigDecimal("2500.50"));
        assertThat(rewards).extracting(Reward::isEligible).containsExactly(true, false);
        assertThat(rewards.get(0).displayText()).contains("$5 off your next order");
        assertThat(rewards.get(0).rewardImageUrl()).contains("https://shop.example/rewards/111.png");
        assertThat(rewards.get(1).rewardUrl()).isEmpty();
    }

    @Test
    void activityPage() {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + MEMBER + "/activity")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(payload("activity-page.json"))));

        List<ActivityEntry> entries = client.activity().list(MEMBER).stream().toList();

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).debit()).contains(new BigDecimal("500"));
        assertThat(entries.get(0).rewardCode()).contains("$5-OFF");
        assertThat(entries.get(0).activityId()).contains("550e8400-e29b-41d4-a716-446655440000");
        assertThat(entries.get(1).actionId()).contains("109");
        assertThat(entries.get(1).credit()).contains(new BigDecimal("100"));
        assertThat(entries.get(1).expireDate()).contains(OffsetDateTime.parse("2021-01-29T10:00:00-07:00"));
    }

    @Test
    void usedRewards() {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + MEMBER + "/usedreward")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(payload("used-rewards.json"))));

        List<UsedReward> used = client.rewards().used(MEMBER).stream().toList();

        assertThat(used).extracting(r -> r.rewardCode().orElseThrow()).containsExactly("SBX111-000003", "FREESHIP-77");
        assertThat(used.get(0).pointsUsed()).contains(new BigDecimal("500"));
        assertThat(used.get(0).rewardName()).contains("$5 off your next order");
        assertThat(used.get(0).rewardStatus()).contains("Used");
        assertThat(used.get(0).reason()).contains("claim");
        assertThat(used.get(0).createDate()).contains(OffsetDateTime.parse("2026-01-02T10:00:00-07:00"));
        assertThat(used.get(1).reason()).isEmpty();
        assertThat(used.get(1).createDate()).contains(OffsetDateTime.parse("2025-12-20T09:30:00Z"));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/3.0/users/" + MEMBER + "/usedreward")));
    }

    @Test
    void activityAsOneObject() {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + MEMBER + "/activity"))
                .willReturn(okJson(payload("activity-single-object.json"))));

        List<ActivityEntry> recent = client.async().activity().recent(MEMBER).join();

        assertThat(recent).singleElement().satisfies(entry -> {
            assertThat(entry.rewardCode()).contains("$30-OFF");
            assertThat(entry.additionalProperties()).containsKey("pointType");
        });
    }

    @Test
    void customActionResponseOfARedemption() {
        wm.stubFor(post("/api/3.0/points").willReturn(okJson(payload("points-custom-action-response.json"))));

        PointsResult result = client.points().redeemReward(RedeemReward.builder().memberId(MEMBER).rewardId("111").build());

        assertThat(result.rewardCode()).contains("$5-OFF");
        assertThat(result.holdPoints()).contains(BigDecimal.ZERO);
        assertThat(result.releaseDate()).isEmpty();
        assertThat(result.updatedAvailablePoints()).contains(new BigDecimal("6156"));
    }

    @Test
    void giveResponse() {
        wm.stubFor(post("/api/3.0/points").willReturn(okJson(payload("points-give-response.json"))));

        PointsResult result = client.points().give(GivePoints.builder().memberId(MEMBER).actionId("100").build());

        assertThat(result.pointsAwarded()).contains(new BigDecimal("50"));
        assertThat(result.updatedLifetimePoints()).contains(new BigDecimal("7561"));
    }

    @Test
    void duplicateOrderAnswerToAKeyedWrite() {
        wm.stubFor(post("/api/3.0/points").willReturn(okJson(payload("error-duplicate-order.json"))));

        PointsResult result = client.points().award(AwardPoints.builder().memberId(MEMBER).credit(5)
                .idempotencyKey("ticket-1").build());

        assertThat(result.alreadyApplied()).isTrue();
    }
}
