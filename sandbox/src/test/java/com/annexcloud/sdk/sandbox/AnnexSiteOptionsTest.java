package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The site options of the Annex Cloud emulator: decimal precision and customId deduplication. */
class AnnexSiteOptionsTest {
    private static final String DORA = "dora@example.com";

    private final ManualTime time = ManualTime.create();
    private Sandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private AnnexCalls start(Sandbox.Builder builder) {
        sandbox = builder.clock(time.clock()).data(SandboxData.builder().addMembers(SandboxMember.builder().id(DORA)
                .availablePoints(new BigDecimal("1250.75")).lifetimePoints(6656).build()).build()).start();
        return new AnnexCalls(sandbox.annexCloud());
    }

    private static String credit(String amount, String customId) {
        return "{\"id\":\"" + DORA + "\",\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":\"" + amount
                + "\",\"reason\":\"r\",\"customId\":\"" + customId + "\"}";
    }

    @Test
    void aDecimalPrecisionSiteSendsEveryPointsFigureAsADecimalString() {
        AnnexCalls annex = start(Sandbox.builder().annexDecimalPlaces(2));

        JsonNode balance = annex.get("/points/" + DORA, DORA).json();
        JsonNode tiers = annex.get("/users/" + DORA + "/tiers", DORA).json();
        JsonNode credited = annex.send("POST", "/points", credit("0.25", "k1")).json();
        JsonNode activity = annex.get("/users/" + DORA + "/activity?page=1", DORA).json();

        assertThat(balance.path("availablePoints").asText()).isEqualTo("1250.75");
        assertThat(balance.path("lifetimePoints").asText()).isEqualTo("6656.00");
        assertThat(balance.path("holdPoints").isTextual()).isTrue();
        assertThat(balance.path("holdPoints").asText()).isEqualTo("0.00");
        assertThat(balance.path("creditsToCurrencyValue").asText()).isEqualTo("1250.75");
        assertThat(tiers.path("PointsToNextTier").asText()).isEqualTo("3344.00");
        assertThat(credited.path("updatedAvailablePoints").asText()).isEqualTo("1251.00");
        assertThat(credited.path("pointsAwarded").asText()).isEqualTo("0.25");
        assertThat(activity.path("activityDetail").get(0).path("credit").asText()).isEqualTo("0.25");
        assertThat(sandbox.annexCloud().member(DORA).orElseThrow().availablePoints()).isEqualByComparingTo("1251");
        assertThat(annex.send("POST", "/points", credit("0.125", "k2")).json().path("errorCode").asText())
                .isEqualTo("AC1007");
    }

    @Test
    void aWholePointsSiteRefusesFractionsAndKeepsTheSampleNumbers() {
        AnnexCalls annex = start(Sandbox.builder());

        assertThat(annex.send("POST", "/points", credit("0.5", "k1")).json().path("errorCode").asText()).isEqualTo("AC1007");
        assertThat(annex.get("/points/" + DORA, DORA).json().path("holdPoints").isNumber()).isTrue();
    }

    @Test
    void aSiteNotDeduplicatingCustomIdCreditsARepeatButStillRefusesARepeatedOrder() {
        AnnexCalls annex = start(Sandbox.builder().annexDeduplicatesCustomId(false));
        String debit = "{\"id\":\"" + DORA + "\",\"actionId\":\"100\",\"activity\":\"DEBIT\",\"debit\":\"1\","
                + "\"orderId\":\"OD1\",\"reason\":\"r\"}";

        annex.send("POST", "/points", credit("5", "same"));
        annex.send("POST", "/points", credit("5", "same"));
        annex.send("POST", "/points", debit);

        assertThat(sandbox.annexCloud().member(DORA).orElseThrow().availablePoints()).isEqualByComparingTo("1259.75");
        assertThat(annex.send("POST", "/points", debit).json().path("errorCode").asText()).isEqualTo("AC1010");
    }

    @Test
    void theClientNeverCreditsTwiceWhenAnAnswerIsLostOnASiteNotDeduplicatingCustomId() {
        start(Sandbox.builder().annexDeduplicatesCustomId(false));
        sandbox.annexCloud().faults().loseAnswerNext("POST", "/points", 1);
        ClientOptions options = ClientOptions.builder().httpVersion(HttpClient.Version.HTTP_1_1).clock(time.clock())
                .sleeper(time).retryPolicy(RetryPolicy.defaults()).build();

        PointsResult result;
        try (AnnexCloudClient annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri())
                .siteId(sandbox.annexCloud().siteId()).secret(sandbox.annexCloud().secret()).options(options).build()) {
            result = annex.points().award(AwardPoints.builder().memberId(DORA).credit(50).reason("goodwill")
                    .idempotencyKey("ticket-4711").build());
        }

        assertThat(result.alreadyApplied()).isTrue();
        assertThat(sandbox.annexCloud().member(DORA).orElseThrow().availablePoints()).isEqualByComparingTo("1300.75");
        assertThat(sandbox.annexCloud().requests().count("POST", "/points")).isEqualTo(1);
    }
}
