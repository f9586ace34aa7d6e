package com.annexcloud.sdk.loyalty;

import static com.annexcloud.sdk.loyalty.TestSupport.assertSigned;
import static com.annexcloud.sdk.loyalty.TestSupport.idLiteral;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.DeductPoints;
import com.annexcloud.sdk.loyalty.model.GivePoints;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.annexcloud.sdk.loyalty.model.PointsSource;
import com.annexcloud.sdk.loyalty.model.RedeemPoints;
import com.annexcloud.sdk.loyalty.model.RedeemReward;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PointsContractTest extends WireMockTestBase {
    private static final String DUPLICATE = "{\"errorCode\":\"AC1010\",\"errorMessage\":\"Duplicate order ID\"}";

    @Test
    void balanceReadsTheDocumentSample() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/points/user@domain.com")).willReturn(okJson(Samples.POINTS_BALANCE)));

        assertSampleBalance(client.points().balance("user@domain.com"));

        LoggedRequest request = wm.findAll(getRequestedFor(urlPathEqualTo("/api/3.0/points/user@domain.com"))).get(0);
        assertSigned(request, idLiteral("user@domain.com"), time);
    }

    @Test
    void balanceAsyncReadsTheSample() {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/points/user@domain.com")).willReturn(okJson(Samples.POINTS_BALANCE)));

        assertSampleBalance(client.async().points().balance("user@domain.com").join());
    }

    @Test
    void giveSendsTheGivePointsShape() throws Exception {
        PointsResult result = expectPost(Samples.GIVE_RESPONSE,
                "{\"id\":\"user@domain.com\",\"actionId\":\"100\",\"activity\":\"CREDIT\",\"reason\":\"aj Bonus\",\"credit\":\"50\"}",
                () -> client.points().give(GivePoints.builder().memberId("user@domain.com").actionId("100")
                        .reason("aj Bonus").credit(50L).build()));

        assertThat(result.pointsAwarded()).contains(new BigDecimal("50"));
        assertThat(result.updatedUserTier()).contains("Gold");
        assertThat(result.updatedAvailablePoints()).contains(new BigDecimal("7561"));
        assertThat(result.updatedLifetimePoints()).contains(new BigDecimal("7561"));
        assertThat(result.alreadyApplied()).isFalse();
        assertThat(result.additionalProperties()).containsKeys("id", "actionId", "activity", "credit", "reason");
    }

    @Test
    void redeemRewardSendsTheRedeemRewardShape() throws Exception {
        // API portal, POST /points "To Redeem Rewards": actionId (107), rewardId, activity DEBIT; orderId optional.
        PointsResult result = expectPost(Samples.REDEEM_REWARD_RESPONSE,
                "{\"id\":\"user@domain.com\",\"actionId\":\"107\",\"rewardId\":\"111\",\"activity\":\"DEBIT\","
                        + "\"orderId\":\"OD001\",\"reason\":\"claim\",\"source\":\"web\"}",
                () -> client.points().redeemReward(RedeemReward.builder().memberId("user@domain.com").rewardId("111")
                        .orderId("OD001").reason("claim").source(PointsSource.WEB).build()));

        assertBalances(result);
    }

    @Test
    void redeemRewardInTheSapConnectorShapeNeedsNoOrderIdAndIsSentOnce() throws Exception {
        // Annex Cloud's SAP connector (DefaultAnnexCloudV3Facade.redeemCoupons) sends rewardId, activity DEBIT,
        // reason "claim", source "web" and no orderId. With nothing the server can deduplicate, a lost
        // answer is not retried.
        wm.stubFor(post("/api/3.0/points").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client.points().redeemReward(RedeemReward.builder().memberId("user@domain.com")
                .rewardId("111").reason("claim").source(PointsSource.WEB).build()))
                .isInstanceOf(AnnexCloudException.class);

        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")).withRequestBody(equalToJson(
                "{\"id\":\"user@domain.com\",\"actionId\":\"107\",\"rewardId\":\"111\",\"activity\":\"DEBIT\","
                        + "\"reason\":\"claim\",\"source\":\"web\"}", false, false)));
    }

    @Test
    void redeemPointsSendsTheRedeemCustomPointsShape() throws Exception {
        PointsResult result = expectPost(Samples.REDEEM_POINTS_RESPONSE,
                "{\"id\":\"user@domain.com\",\"activity\":\"DEBIT\",\"orderId\":\"OD001\",\"debit\":\"500\","
                        + "\"reason\":\"used for purchase\",\"source\":\"store\"}",
                () -> client.points().redeemPoints(RedeemPoints.builder().memberId("user@domain.com").orderId("OD001")
                        .debit(500).reason("used for purchase").source(PointsSource.STORE).build()));

        assertBalances(result);
    }

    @Test
    void awardSendsTheAwardCustomPointsShapeWithActionIdDefaultAndCustomId() throws Exception {
        PointsResult result = expectPost(Samples.AWARD_RESPONSE,
                "{\"id\":\"user@domain.com\",\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":\"50\","
                        + "\"reason\":\"bonus\",\"customId\":\"ticket-4711\"}",
                () -> client.points().award(AwardPoints.builder().memberId("user@domain.com").credit(50)
                        .reason("bonus").idempotencyKey("ticket-4711").build()));

        assertBalances(result);
    }

    @Test
    void deductSendsTheDeductCustomPointsShape() throws Exception {
        PointsResult result = expectPost(Samples.DEDUCT_RESPONSE,
                "{\"id\":\"user@domain.com\",\"actionId\":\"100\",\"activity\":\"DEBIT\",\"orderId\":\"OD001\","
                        + "\"debit\":\"50\",\"reason\":\"adjustment\"}",
                () -> client.points().deduct(DeductPoints.builder().memberId("user@domain.com").orderId("OD001")
                        .debit(50).reason("adjustment").build()));

        assertBalances(result);
    }

    @Test
    void asyncPointsCallsSendTheSameShapes() {
        wm.stubFor(post("/api/3.0/points").willReturn(okJson(Samples.AWARD_RESPONSE)));

        assertBalances(client.async().points().award(AwardPoints.builder().memberId("m").credit(5).build()).join());
        client.async().points().give(GivePoints.builder().memberId("m").actionId("101").build()).join();
        client.async().points().deduct(DeductPoints.builder().memberId("m").debit(5).orderId("o1").build()).join();
        client.async().points().redeemReward(RedeemReward.builder().memberId("m").rewardId("r").orderId("o2")
                .actionId("207").reason("claim").build()).join();
        client.async().points().redeemPoints(RedeemPoints.builder().memberId("m").debit(7).orderId("o3")
                .reason("purchase").build()).join();

        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")).withRequestBody(equalToJson(
                "{\"id\":\"m\",\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":\"5\"}", false, false)));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")).withRequestBody(equalToJson(
                "{\"id\":\"m\",\"actionId\":\"101\",\"activity\":\"CREDIT\"}", false, false)));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")).withRequestBody(equalToJson(
                "{\"id\":\"m\",\"actionId\":\"100\",\"activity\":\"DEBIT\",\"debit\":\"5\",\"orderId\":\"o1\"}", false, false)));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")).withRequestBody(equalToJson(
                "{\"id\":\"m\",\"actionId\":\"207\",\"rewardId\":\"r\",\"activity\":\"DEBIT\",\"orderId\":\"o2\",\"reason\":\"claim\"}", false, false)));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")).withRequestBody(equalToJson(
                "{\"id\":\"m\",\"activity\":\"DEBIT\",\"debit\":\"7\",\"orderId\":\"o3\",\"reason\":\"purchase\"}", false, false)));
    }

    @Test
    void anAwardWithoutKeyIsSentExactlyOnceEvenOn503() {
        wm.stubFor(post("/api/3.0/points").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client.points().award(AwardPoints.builder().memberId("m").credit(50).build()))
                .isInstanceOf(AnnexCloudException.class)
                .satisfies(e -> assertThat(((AnnexCloudException) e).statusCode()).hasValue(503));

        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void anAwardWithKeyIsRetriedWithAFreshTokenPerAttempt() throws Exception {
        wm.stubFor(post("/api/3.0/points").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        wm.stubFor(post("/api/3.0/points").inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("third"));
        wm.stubFor(post("/api/3.0/points").inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(okJson(Samples.AWARD_RESPONSE)));
        // Before each re-send the member's activity is searched for the lost write: it holds none.
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com/activity"))
                .willReturn(okJson("{\"activityDetail\":[],\"currentPage\":\"1\",\"pages\":\"0\",\"totalActivityCount\":\"0\"}")));

        RetryPolicy slow = RetryPolicy.builder().jitter(0).initialBackoff(Duration.ofSeconds(2)).build();

        PointsResult result;
        try (AnnexCloudClient slowClient = TestSupport.client(wm.getRuntimeInfo(), time, slow)) {
            result = slowClient.points().award(AwardPoints.builder().memberId("user@domain.com").credit(50)
                    .reason("bonus").idempotencyKey("ticket-4711").build());
        }

        assertBalances(result);
        List<LoggedRequest> attempts = wm.findAll(postRequestedFor(urlPathEqualTo("/api/3.0/points")));
        assertThat(attempts).hasSize(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(attempts).extracting(r -> r.getHeader("Authorization")).doesNotHaveDuplicates();
        assertThat(attempts).extracting(LoggedRequest::getBodyAsString).containsOnly(attempts.get(0).getBodyAsString());
        assertSigned(attempts.get(2), attempts.get(2).getBody(), time);
    }

    @Test
    void aDuplicateAnswerToAKeyedRequestIsAlreadyApplied() {
        wm.stubFor(post("/api/3.0/points").willReturn(okJson(DUPLICATE)));

        PointsResult result = client.points().award(AwardPoints.builder().memberId("m").credit(50)
                .idempotencyKey("ticket-4711").build());
        PointsResult debit = client.async().points().deduct(DeductPoints.builder().memberId("m").debit(5)
                .orderId("OD001").build()).join();

        assertThat(result.alreadyApplied()).isTrue();
        assertThat(result.updatedAvailablePoints()).isEmpty();
        assertThat(debit.alreadyApplied()).isTrue();
    }

    @Test
    void aDuplicateAnswerToAnUnkeyedCreditIsAnError() {
        wm.stubFor(post("/api/3.0/points").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(DUPLICATE)));

        assertThatThrownBy(() -> client.points().award(AwardPoints.builder().memberId("m").credit(50).build()))
                .isInstanceOf(AnnexCloudDuplicateTransactionException.class)
                .satisfies(e -> assertThat(((AnnexCloudException) e).errorCode()).contains(AnnexCloudErrorCode.AC1010));
    }

    @Test
    void requestsAreValidatedBeforeSendingWithTheFieldNamed() {
        assertThatThrownBy(() -> AwardPoints.builder().credit(5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memberId");
        assertThatThrownBy(() -> AwardPoints.builder().memberId(" ").credit(5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memberId");
        assertThatThrownBy(() -> AwardPoints.builder().memberId("m").credit(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credit must be positive");
        assertThatThrownBy(() -> GivePoints.builder().memberId("m").actionId("100").credit(-1L).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credit");
        assertThatThrownBy(() -> GivePoints.builder().memberId("m").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actionId");
        assertThatThrownBy(() -> DeductPoints.builder().memberId("m").debit(5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orderId");
        assertThatThrownBy(() -> DeductPoints.builder().memberId("m").debit(-5).orderId("o").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("debit");
        assertThatThrownBy(() -> RedeemPoints.builder().memberId("m").debit(5).orderId("o").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> RedeemReward.builder().memberId("m").orderId("o").reason("r").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rewardId");
        assertThatThrownBy(() -> RedeemReward.builder().memberId("m").rewardId("1").actionId(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actionId");
        assertThatThrownBy(() -> AwardPoints.builder().memberId("m").credit(5).idempotencyKey("").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
        assertThatThrownBy(() -> AwardPoints.builder().memberId("m").credit(5).reason(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        wm.verify(0, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
    }

    private PointsResult expectPost(String response, String expectedBody, Supplier<PointsResult> call) throws Exception {
        wm.stubFor(post("/api/3.0/points").willReturn(okJson(response)));

        PointsResult result = call.get();

        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/points"))
                .withRequestBody(equalToJson(expectedBody, false, false)));
        LoggedRequest request = wm.findAll(postRequestedFor(urlPathEqualTo("/api/3.0/points"))).get(0);
        assertSigned(request, request.getBody(), time);
        return result;
    }

    private static void assertBalances(PointsResult result) {
        assertThat(result.updatedUserTier()).contains("Gold");
        assertThat(result.updatedAvailablePoints()).contains(new BigDecimal("4545"));
        assertThat(result.updatedLifetimePoints()).contains(new BigDecimal("7860"));
        assertThat(result.alreadyApplied()).isFalse();
    }

    private static void assertSampleBalance(PointsBalance balance) {
        assertThat(balance.id()).contains("johan19.sa@gmail.com");
        assertThat(balance.availablePoints()).contains(new BigDecimal("6656"));
        assertThat(balance.usedPoints()).contains(new BigDecimal("600"));
        assertThat(balance.expiredPoints()).contains(new BigDecimal("0"));
        assertThat(balance.lifetimePoints()).contains(new BigDecimal("7256"));
        assertThat(balance.earnedPointsPeriod()).contains("anniversaryYear");
        assertThat(balance.spendPointsPeriod()).contains("calenderYear");
        assertThat(balance.earnedPoints()).contains(new BigDecimal("1200"));
        assertThat(balance.spendPoints()).contains(new BigDecimal("350"));
        assertThat(balance.holdPoints()).contains(new BigDecimal("1000"));
        assertThat(balance.usedPointsOnReward()).contains(new BigDecimal("600"));
        assertThat(balance.pointsToExpire()).contains(new BigDecimal("56"));
        assertThat(balance.pointsToNextTier()).contains(new BigDecimal("0"));
        assertThat(balance.spendToNextTier()).contains(BigDecimal.ZERO);
        assertThat(balance.pointsToExpireDate()).contains(LocalDate.of(2020, 1, 30));
        assertThat(balance.creditsToCurrencyRatio()).contains(BigDecimal.ONE);
        assertThat(balance.creditsToCurrencyValue()).contains(new BigDecimal("6656"));
    }
}
