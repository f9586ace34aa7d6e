package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /users/{id}/usedreward?page=N}: the shape of the official SAP Commerce connector's
 * ACUsedRewardListResponse / ACUsedRewardDetailResponse beans (AnnexCloudSAP/SAP-Cloud-Commerce-2005,
 * annexcloudv3services-beans.xml; URL from its project.properties), listed on the API portal's Rewards page.
 */
@ExtendWith(SandboxExtension.class)
class AnnexCloudUsedRewardsTest {
    /** A sample member with no seeded redemption (and points for two rewards), so the history is the test's own. */
    private static final String NOAH = "noah.smith@example.com";
    private static final String USED = "/users/" + NOAH + "/usedreward";

    private final Sandbox sandbox;
    private final AnnexCalls annex;

    AnnexCloudUsedRewardsTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.annex = new AnnexCalls(sandbox.annexCloud());
    }

    private String redeem(String rewardId, String reason) {
        return annex.send("POST", "/points", "{\"id\":\"" + NOAH + "\",\"rewardId\":\"" + rewardId
                + "\",\"activity\":\"DEBIT\",\"reason\":\"" + reason + "\",\"source\":\"web\"}").json().path("rewardCode").asText();
    }

    @Test
    void listsTheCodesRedemptionsIssuedNewestFirstAndNothingElse() {
        annex.send("POST", "/points", "{\"id\":\"" + NOAH + "\",\"activity\":\"CREDIT\",\"credit\":5,\"reason\":\"goodwill\"}");
        String first = redeem("111", "claim");
        String second = redeem("112", "ticket 4711");

        JsonNode used = annex.get(USED + "?page=1", NOAH).json();

        assertThat(used.path("rewardDetail")).hasSize(2);
        JsonNode newest = used.path("rewardDetail").get(0);
        assertThat(newest.path("rewardCode").asText()).isEqualTo(second);
        assertThat(newest.path("rewardName").asText()).isEqualTo("Free shipping");
        assertThat(newest.path("pointsUsed").asText()).isEqualTo("750");
        assertThat(newest.path("reason").asText()).isEqualTo("ticket 4711");
        assertThat(newest.path("rewardStatus").asText()).isEqualTo("Used");
        assertThat(newest.path("createDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d{4}");
        assertThat(used.path("rewardDetail").get(1).path("rewardCode").asText()).isEqualTo(first);
        assertThat(used.path("pages").asText()).isEqualTo("1");
        assertThat(used.path("current_page").asText()).isEqualTo("1");
    }

    @Test
    void theSameCodeIsOnTheRedemptionsActivityEntry() {
        String code = redeem("111", "claim");

        JsonNode entry = annex.get("/users/" + NOAH + "/activity", NOAH).json().path("activityDetail").get(0);

        assertThat(entry.path("rewardCode").asText()).isEqualTo(code);
        assertThat(entry.path("rewardId").asText()).isEqualTo("111");
    }

    @Test
    void aMemberWithoutRedemptionsHasNoPages() {
        JsonNode used = annex.get(USED, NOAH).json();

        assertThat(used.path("rewardDetail")).isEmpty();
        assertThat(used.path("pages").asText()).isEqualTo("0");
    }

    @Test
    void aBadPageOrAnUnknownMemberIsRefusedInTheVendorsCodes() {
        assertThat(annex.get(USED + "?page=0", NOAH).json().path("errorCode").asText()).isEqualTo("AC1007");
        assertThat(annex.get(USED + "?page=x", NOAH).json().path("errorCode").asText()).isEqualTo("AC1007");
        assertThat(annex.get("/users/nobody@x.com/usedreward", "nobody@x.com").json().path("errorCode").asText())
                .isEqualTo("AC1005");
    }

    @Test
    void aSeededRedemptionIsListedWithTheCodeItsNumberIssuesWithoutMovingPoints() {
        String john = "john.doe@example.com";

        JsonNode used = annex.get("/users/" + john + "/usedreward?page=1", john).json();
        JsonNode history = annex.get("/users/" + john + "/activity?page=1", john).json();

        assertThat(used.path("rewardDetail")).singleElement().satisfies(item -> {
            assertThat(item.path("rewardCode").asText()).isEqualTo("SBX111-000001");
            assertThat(item.path("rewardName").asText()).isEqualTo("$5 off your next order");
            assertThat(item.path("pointsUsed").asText()).isEqualTo("500");
        });
        assertThat(history.path("activityDetail").get(0).path("rewardCode").asText()).isEqualTo("SBX111-000001");
        assertThat(sandbox.annexCloud().member(john).orElseThrow().availablePoints()).isEqualByComparingTo("6656");
    }

    @Test
    void aFixtureRedeemingARewardOutsideTheCatalogueIsRefusedAtStart() {
        SandboxData data = SandboxData.builder().addMembers(SandboxMember.builder().id("x@example.com")
                .addRedemptions(SandboxRedemption.builder().rewardId("999")
                        .date(java.time.OffsetDateTime.parse("2025-01-01T00:00:00Z")).build()).build()).build();

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Sandbox.builder().data(data).start().close())
                .withMessageContaining("999");
    }

    @Test
    void theGetIsSignedWithTheMemberIdLikeEveryOther() {
        HttpResult wrongPayload = annex.send("GET", USED, new byte[0], AnnexCalls.jsonString("other@x.com"),
                annex.credentials());

        assertThat(wrongPayload.json().path("errorCode").asText()).isEqualTo("AC1002");
    }
}
