package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(SandboxExtension.class)
class AnnexCloudPointsTest {
    private static final String JOHN = "john.doe@example.com";
    private static final String NOAH = "noah.smith@example.com";

    private final Sandbox sandbox;
    private final AnnexCalls annex;

    AnnexCloudPointsTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.annex = new AnnexCalls(sandbox.annexCloud());
    }

    private HttpResult points(String json) {
        return annex.send("POST", "/points", json);
    }

    /** The vendor's timestamp format: an offset without a colon, as in {@code 2018-04-01T14:00:00-0700}. */
    private static final DateTimeFormatter VENDOR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private SandboxMember john() {
        return sandbox.annexCloud().member(JOHN).orElseThrow();
    }

    @Test
    void balanceMixesStringsAndNumbersAsTheVendorSample() {
        JsonNode balance = annex.get("/points/" + JOHN, JOHN).json();

        assertThat(balance.path("availablePoints").isTextual()).isTrue();
        assertThat(balance.path("availablePoints").asText()).isEqualTo("6656");
        assertThat(balance.path("lifetimePoints").asText()).isEqualTo("7256");
        assertThat(balance.path("usedPoints").asText()).isEqualTo("600");
        assertThat(balance.path("expiredPoints").asText()).isEqualTo("0");
        assertThat(balance.path("holdPoints").isNumber()).isTrue();
        assertThat(balance.path("holdPoints").asLong()).isEqualTo(1000);
        assertThat(balance.path("pointsToExpire").asText()).isEqualTo("56");
        assertThat(balance.path("pointsToExpireDate").asText())
                .isEqualTo(VENDOR_TIME.format(john().pointsToExpireDate().orElseThrow())).endsWith("T05:30:00+0000");
        assertThat(balance.path("creditsToCurrencyRatio").asText()).isEqualTo("1");
        assertThat(balance.path("creditsToCurrencyValue").isNumber()).isTrue();
        assertThat(balance.path("creditsToCurrencyValue").asLong()).isEqualTo(6656);
        assertThat(balance.path("pointsToNextTier").isNumber()).isTrue();
        assertThat(balance.path("earnedPointsPeriod").asText()).isEqualTo("anniversaryYear");
    }

    @Test
    void tiersOfTheSampleMemberAreSilverToGoldWithTheCapitalisedField() {
        JsonNode tiers = annex.get("/users/" + JOHN + "/tiers", JOHN).json();

        assertThat(tiers.path("currentTier").asText()).isEqualTo("Silver");
        assertThat(tiers.path("previousTier").asText()).isEqualTo("Bronze");
        assertThat(tiers.path("nextTier").asText()).isEqualTo("Gold");
        assertThat(tiers.path("PointsToNextTier").asText()).isEqualTo("3800");
        assertThat(tiers.has("pointsToNextTier")).isFalse();
        assertThat(tiers.path("spendAmountToNextTier").asText()).isEmpty();
        assertThat(tiers.path("tierAchieveDate").asText())
                .isEqualTo(VENDOR_TIME.format(john().tierAchieveDate().orElseThrow())).endsWith("T14:00:00-0700");
        assertThat(tiers.path("tierExpirationDate").asText())
                .isEqualTo(VENDOR_TIME.format(john().tierExpirationDate().orElseThrow())).endsWith("T14:00:00-0700");
    }

    @Test
    void creditThenBalance() {
        HttpResult award = points("{\"id\":\"" + JOHN + "\",\"actionId\":\"100\",\"activity\":\"CREDIT\","
                + "\"credit\":\"50\",\"reason\":\"bonus\",\"customId\":\"ticket-1\"}");

        assertThat(award.status()).isEqualTo(200);
        JsonNode answer = award.json();
        assertThat(answer.path("updatedAvailablePoints").asText()).isEqualTo("6706");
        assertThat(answer.path("updatedLifetimePoints").asText()).isEqualTo("7306");
        assertThat(answer.path("updatedAvailablePoints").isTextual()).isTrue();
        assertThat(answer.path("pointsAwarded").asLong()).isEqualTo(50);
        assertThat(answer.path("updatedUserTier").asText()).isEqualTo("Silver");
        assertThat(answer.path("reason").asText()).isEqualTo("bonus");
        assertThat(annex.get("/points/" + JOHN, JOHN).json().path("availablePoints").asText()).isEqualTo("6706");
    }

    @Test
    void giveByActionWithoutCreditUsesTheActionsPoints() {
        JsonNode answer = points("{\"id\":\"" + JOHN + "\",\"actionId\":100,\"activity\":\"CREDIT\"}").json();

        assertThat(answer.path("pointsAwarded").asLong()).isEqualTo(10);
        assertThat(answer.path("actionId").asInt()).isEqualTo(100);
        assertThat(john().availablePoints()).isEqualByComparingTo("6666");
    }

    @Test
    void unknownActionWithoutCreditIsAc1007() {
        HttpResult answer = points("{\"id\":\"" + JOHN + "\",\"actionId\":\"999\",\"activity\":\"CREDIT\"}");

        assertThat(answer.json().path("errorCode").asText()).isEqualTo("AC1007");
        assertThat(john().availablePoints()).isEqualByComparingTo("6656");
    }

    @Test
    void duplicateCustomIdIsAc1010WithoutASecondCredit() {
        String award = "{\"id\":\"" + JOHN + "\",\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":50,"
                + "\"reason\":\"goodwill\",\"customId\":\"ticket-4711\"}";

        HttpResult first = points(award);
        HttpResult second = points(award);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("errorCode").asText()).isEqualTo("AC1010");
        assertThat(john().availablePoints()).isEqualByComparingTo("6706");
        assertThat(john().lifetimePoints()).isEqualByComparingTo("7306");
    }

    @Test
    void duplicateOrderIdIsAc1010WithoutASecondDebit() {
        String debit = "{\"id\":\"" + JOHN + "\",\"activity\":\"DEBIT\",\"orderId\":\"OD001\",\"debit\":\"500\","
                + "\"reason\":\"used for purchase\",\"source\":\"web\"}";

        assertThat(points(debit).json().path("updatedAvailablePoints").asText()).isEqualTo("6156");
        assertThat(points(debit).json().path("errorCode").asText()).isEqualTo("AC1010");
        assertThat(john().availablePoints()).isEqualByComparingTo("6156");
        assertThat(john().usedPoints()).isEqualByComparingTo("1100");
        assertThat(john().lifetimePoints()).isEqualByComparingTo("7256");
    }

    @Test
    void keysAreDeduplicatedPerMember() {
        points("{\"id\":\"" + JOHN + "\",\"activity\":\"CREDIT\",\"credit\":5,\"reason\":\"r\",\"customId\":\"k\"}");

        HttpResult other = points("{\"id\":\"ava.nguyen@example.com\",\"activity\":\"CREDIT\",\"credit\":5,"
                + "\"reason\":\"r\",\"customId\":\"k\"}");

        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void redeemRewardChargesTheCatalogueCostAndAnswersACode() {
        JsonNode answer = points("{\"id\":\"" + JOHN + "\",\"rewardId\":\"111\",\"activity\":\"DEBIT\","
                + "\"orderId\":\"OD002\",\"reason\":\"claim\",\"source\":\"web\"}").json();

        assertThat(answer.path("debit").asText()).isEqualTo("500");
        assertThat(answer.path("rewardCode").asText()).startsWith("SBX111-");
        assertThat(answer.path("updatedAvailablePoints").asText()).isEqualTo("6156");
        assertThat(john().usedPointsOnReward()).isEqualByComparingTo("1100");
    }

    @Test
    void redeemRewardInThePortalAndConnectorShapesNeedsNoOrderId() {
        // API portal: actionId 107, orderId optional. SAP connector: reason "claim", source "web", no orderId.
        JsonNode portal = points("{\"id\":\"" + JOHN + "\",\"actionId\":107,\"rewardId\":\"111\",\"activity\":\"DEBIT\"}").json();
        JsonNode connector = points("{\"id\":\"" + JOHN + "\",\"rewardId\":\"112\",\"activity\":\"DEBIT\","
                + "\"reason\":\"claim\",\"source\":\"web\"}").json();

        assertThat(portal.path("rewardCode").asText()).startsWith("SBX111-");
        assertThat(connector.path("rewardCode").asText()).startsWith("SBX112-");
        assertThat(connector.path("updatedAvailablePoints").asText()).isEqualTo("5406");
    }

    @Test
    void redeemWithoutEnoughPointsIsAc1007() {
        sandbox.annexCloud().putMember(SandboxMember.builder().id("poor@x.com").availablePoints(100).build());

        HttpResult answer = points("{\"id\":\"poor@x.com\",\"rewardId\":\"111\",\"activity\":\"DEBIT\","
                + "\"orderId\":\"OD3\",\"reason\":\"claim\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errorCode").asText()).isEqualTo("AC1007");
        assertThat(sandbox.annexCloud().member("poor@x.com").orElseThrow().availablePoints()).isEqualByComparingTo("100");
    }

    @Test
    void deductCustomPointsWithAnAction() {
        JsonNode answer = points("{\"id\":\"" + JOHN + "\",\"actionId\":\"100\",\"activity\":\"DEBIT\","
                + "\"orderId\":\"OD004\",\"debit\":\"50\",\"reason\":\"adjustment\"}").json();

        assertThat(answer.path("updatedAvailablePoints").asText()).isEqualTo("6606");
        assertThat(answer.path("activity").asText()).isEqualTo("DEBIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no id|{\"activity\":\"CREDIT\",\"credit\":5,\"reason\":\"r\"}|AC1004",
        "no activity|{\"id\":\"john.doe@example.com\",\"credit\":5,\"reason\":\"r\"}|AC1004",
        "no reason and no action|{\"id\":\"john.doe@example.com\",\"activity\":\"CREDIT\",\"credit\":5}|AC1004",
        "debit without order|{\"id\":\"john.doe@example.com\",\"activity\":\"DEBIT\",\"debit\":5,\"reason\":\"r\"}|AC1004",
        "debit without amount|{\"id\":\"john.doe@example.com\",\"activity\":\"DEBIT\",\"orderId\":\"o\",\"reason\":\"r\"}|AC1004",
        "unknown activity|{\"id\":\"john.doe@example.com\",\"activity\":\"GIFT\",\"credit\":5,\"reason\":\"r\"}|AC1007",
        "negative credit|{\"id\":\"john.doe@example.com\",\"activity\":\"CREDIT\",\"credit\":-5,\"reason\":\"r\"}|AC1007",
        "fraction|{\"id\":\"john.doe@example.com\",\"activity\":\"CREDIT\",\"credit\":\"1.5\",\"reason\":\"r\"}|AC1007",
        "unknown reward|{\"id\":\"john.doe@example.com\",\"activity\":\"DEBIT\",\"rewardId\":\"9\",\"orderId\":\"o\",\"reason\":\"r\"}|AC1007",
        "unknown member|{\"id\":\"ghost@x.com\",\"activity\":\"CREDIT\",\"credit\":5,\"reason\":\"r\"}|AC1005",
    })
    void invalidCallsAreRefusedLikeTheRealApi(String name, String body, String code) {
        HttpResult answer = points(body);

        assertThat(answer.json().path("errorCode").asText()).isEqualTo(code);
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(john().availablePoints()).isEqualByComparingTo("6656");
    }

    @Test
    void optedOutAndBlockedMembersAreRefused() {
        sandbox.annexCloud().putMember(SandboxMember.builder().id("out@x.com").optInStatus("NO").build());
        sandbox.annexCloud().putMember(SandboxMember.builder().id("blocked@x.com").status("INACTIVE").build());

        assertThat(points("{\"id\":\"out@x.com\",\"activity\":\"CREDIT\",\"credit\":5,\"reason\":\"r\"}")
                .json().path("errorCode").asText()).isEqualTo("AC1009");
        assertThat(points("{\"id\":\"blocked@x.com\",\"activity\":\"CREDIT\",\"credit\":5,\"reason\":\"r\"}")
                .json().path("errorCode").asText()).isEqualTo("AC1008");
    }

    @Test
    void crossingAThresholdChangesTheTierAndRemembersThePreviousOne() {
        JsonNode answer = points("{\"id\":\"" + JOHN + "\",\"activity\":\"CREDIT\",\"credit\":3800,\"reason\":\"promo\"}")
                .json();

        assertThat(answer.path("updatedUserTier").asText()).isEqualTo("Gold");
        JsonNode tiers = annex.get("/users/" + JOHN + "/tiers", JOHN).json();
        assertThat(tiers.path("currentTier").asText()).isEqualTo("Gold");
        assertThat(tiers.path("previousTier").asText()).isEqualTo("Silver");
        assertThat(tiers.path("nextTier").asText()).isEqualTo("Platinum");
        assertThat(tiers.path("PointsToNextTier").asText()).isEqualTo("5000");
    }

    @Test
    void activityListsTransactionsNewestFirstTenAPage() {
        // NOAH: a sample member with no seeded redemption, so the history is this test's twelve credits
        for (int i = 1; i <= 12; i++) {
            points("{\"id\":\"" + NOAH + "\",\"activity\":\"CREDIT\",\"credit\":" + i + ",\"reason\":\"r" + i + "\"}");
        }

        JsonNode first = annex.get("/users/" + NOAH + "/activity?page=1", NOAH).json();
        JsonNode second = annex.get("/users/" + NOAH + "/activity?page=2", NOAH).json();
        JsonNode past = annex.get("/users/" + NOAH + "/activity?page=3", NOAH).json();

        // activityDetail / currentPage / pages / totalActivityCount: the SAP connector's ACUserActivityResponse.
        assertThat(first.path("activityDetail")).hasSize(10);
        assertThat(first.path("activityDetail").get(0).path("displayText").asText()).isEqualTo("r12");
        assertThat(first.path("activityDetail").get(0).path("credit").asText()).isEqualTo("12");
        assertThat(first.path("activityDetail").get(0).path("debit").asText()).isEmpty();
        assertThat(first.path("currentPage").asText()).isEqualTo("1");
        assertThat(first.path("pages").asText()).isEqualTo("2");
        assertThat(first.path("totalActivityCount").asText()).isEqualTo("12");
        assertThat(second.path("activityDetail")).hasSize(2);
        assertThat(second.path("activityDetail").get(1).path("displayText").asText()).isEqualTo("r1");
        assertThat(past.path("activityDetail")).isEmpty();
        assertThat(annex.get("/users/" + NOAH + "/activity?page=0", NOAH).json().path("errorCode").asText())
                .isEqualTo("AC1007");
    }

    @Test
    void rewardsListTheCatalogueAsRewardDetailWithEligibility() {
        sandbox.annexCloud().putMember(SandboxMember.builder().id("some@x.com").availablePoints(800).build());

        // rewardDetail items {rewardId, displayText, creditRequired, eligible, rewardUrl, rewardImageUrl}:
        // the SAP connector's ACRewardDetails bean.
        JsonNode rewards = annex.get("/users/some@x.com/reward", "some@x.com").json().path("rewardDetail");

        assertThat(rewards).extracting(r -> r.path("rewardId").asText()).containsExactly("111", "112", "113", "114");
        assertThat(rewards).extracting(r -> r.path("eligible").asText()).containsExactly("YES", "YES", "NO", "NO");
        assertThat(rewards.get(0).path("creditRequired").asText()).isEqualTo("500");
        assertThat(rewards.get(0).path("displayText").asText()).isEqualTo("$5 off your next order");
        assertThat(rewards.get(0).has("rewardUrl") && rewards.get(0).has("rewardImageUrl")).isTrue();
    }
}
