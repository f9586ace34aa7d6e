package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sidebar actions end to end: widget endpoint → bridge → Annex Cloud sandbox. */
class AgentActionsTest {
    private static final String TOKEN = "actions-token";
    private static final String MEMBER = "member@example.com";

    private final SyncFixture fixture = new SyncFixture(SandboxData.builder().addMembers(SandboxMember.builder()
            .id(MEMBER).email(MEMBER).firstName("Mia").availablePoints(800L).lifetimePoints(900L).build()).build(),
            40, Duration.ofSeconds(20));
    private final LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(fixture.annex).gorgias(fixture.gorgias)
            .maxGoodwillPoints(200).recentActivity(5).eligibleRewards(true).clock(fixture.time.clock()).build();
    private final WidgetEndpoint endpoint = bridge.widgetEndpoint(Secret.of(TOKEN));

    @AfterEach
    void close() {
        fixture.close();
    }

    private WidgetResponse post(String action, String body) {
        return endpoint.handle(WidgetRequest.builder().method("POST").path("/gorgias/loyalty/" + action)
                .putHeaders("Authorization", List.of("Bearer " + TOKEN)).body(body).build());
    }

    private long available() {
        return fixture.sandbox.annexCloud().member(MEMBER).orElseThrow().availablePoints().longValueExact();
    }

    private static JsonNode json(WidgetResponse response) throws Exception {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void twoIdenticalAwardsForOneTicketCreditOnce() throws Exception {
        String award = "{\"email\":\"member@example.com\",\"ticketId\":\"4711\",\"points\":50}";

        WidgetResponse first = post("award", award);
        WidgetResponse second = post("award", award);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(available()).isEqualTo(850);
        assertThat(json(first).path("alreadyApplied").asBoolean()).isFalse();
        assertThat(json(second).path("alreadyApplied").asBoolean()).isTrue();
        assertThat(json(second).path("points").asLong()).isEqualTo(50);
        assertThat(json(second).path("card").path("points").path("available").asLong()).isEqualTo(850);
        assertThat(json(second).path("card").path("member").asBoolean()).isTrue();
    }

    @Test
    void anotherTicketOrAmountIsAnotherAward() {
        post("award", "{\"email\":\"member@example.com\",\"ticketId\":\"4711\",\"points\":50}");
        post("award", "{\"email\":\"member@example.com\",\"ticketId\":\"4712\",\"points\":50}");
        post("award", "{\"email\":\"member@example.com\",\"ticketId\":\"4712\",\"points\":20}");

        assertThat(available()).isEqualTo(920);
    }

    @Test
    void anAwardOverTheMaximumIs400AndCreditsNothing() throws Exception {
        WidgetResponse response = post("award", "{\"email\":\"member@example.com\",\"ticketId\":\"1\",\"points\":201}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).path("message").asText()).isEqualTo("points must be at most 200 per award");
        assertThat(available()).isEqualTo(800);
    }

    @Test
    void malformedActionsAre400() {
        assertThat(post("award", "not json").status()).isEqualTo(400);
        assertThat(post("award", "{\"email\":\"member@example.com\",\"points\":5}").status()).isEqualTo(400);
        assertThat(post("award", "{\"email\":\"member@example.com\",\"ticketId\":\"../x\",\"points\":5}").status()).isEqualTo(400);
        assertThat(post("award", "{\"email\":\"member@example.com\",\"ticketId\":\"1\",\"points\":\"five\"}").status()).isEqualTo(400);
        assertThat(post("award", "{\"email\":\"member@example.com\",\"ticketId\":\"1\",\"points\":0}").status()).isEqualTo(400);
        assertThat(available()).isEqualTo(800);
    }

    /** Strict bodies: what a proxy reading the first key sees is what is credited, or nothing is. */
    @Test
    void duplicateKeysTrailingTokensAndLooseNumbersAre400() {
        String head = "{\"email\":\"member@example.com\",\"ticketId\":\"1\",";
        for (String body : List.of(head + "\"points\":1,\"points\":150}", head + "\"points\":5} {\"x\":1}",
                head + "\"points\":5}garbage", head + "\"points\":\"+7\"}", head + "\"points\":\"\uFF17\"}",
                head + "\"points\":7.5}", head + "\"points\":7.0}", head + "\"points\":1e2}", head + "\"points\":\"1e2\"}",
                head + "\"points\":\" 7\"}", head + "\"points\":\"-7\"}", head + "\"points\":99999999999999999999}")) {
            assertThat(post("award", body).status()).as(body).isEqualTo(400);
        }
        assertThat(available()).isEqualTo(800);
    }

    @Test
    void aQueryParameterGivenTwiceIsRefused() {
        WidgetResponse response = endpoint.handle(WidgetRequest.builder().method("POST").path("/gorgias/loyalty/award")
                .putHeaders("Authorization", List.of("Bearer " + TOKEN))
                .putQuery("email", List.of(MEMBER)).putQuery("ticketId", List.of("1"))
                .putQuery("points", List.of("1", "150")).build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(available()).isEqualTo(800);
    }

    @Test
    void pointsAsAStringOfDigitsAreWhatATemplatedButtonSends() {
        assertThat(post("award", "{\"email\":\"member@example.com\",\"ticketId\":\"1\",\"points\":\"7\"}").status())
                .isEqualTo(200);
        assertThat(available()).isEqualTo(807);
    }

    @Test
    void aTrailingNulOrLineBreakIsRefusedNotTrimmed() {
        for (String email : List.of("member@example.com\\u0000", "member@example.com\\r\\n")) {
            assertThat(post("award", "{\"email\":\"" + email + "\",\"ticketId\":\"1\",\"points\":5}").status())
                    .as(email).isEqualTo(400);
        }
        assertThat(post("award", "{\"email\":\"member@example.com\",\"ticketId\":\"1\\r\\n\",\"points\":5}").status())
                .isEqualTo(400);
        assertThat(available()).isEqualTo(800);
    }

    @Test
    void awardingANonMemberIs404() {
        assertThat(post("award", "{\"email\":\"stranger@example.com\",\"ticketId\":\"1\",\"points\":5}").status())
                .isEqualTo(404);
    }

    @Test
    void actionsNeedTheTokenAndPost() {
        WidgetResponse anonymous = endpoint.handle(WidgetRequest.builder().method("POST").path("/gorgias/loyalty/award")
                .body("{\"email\":\"member@example.com\",\"ticketId\":\"1\",\"points\":5}").build());
        WidgetResponse get = endpoint.handle(WidgetRequest.builder().method("GET").path("/gorgias/loyalty/award")
                .putHeaders("Authorization", List.of("Bearer " + TOKEN)).build());

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(get.status()).isEqualTo(405);
        assertThat(available()).isEqualTo(800);
    }

    @Test
    void redeemingAnEligibleRewardAnswersItsCodeAndDebitsOnce() throws Exception {
        String redeem = "{\"email\":\"member@example.com\",\"ticketId\":\"99\",\"rewardId\":\"111\"}";

        WidgetResponse first = post("redeem", redeem);
        WidgetResponse again = post("redeem", redeem);

        assertThat(first.status()).isEqualTo(200);
        assertThat(json(first).path("rewardCode").asText()).isNotBlank();
        assertThat(json(first).path("alreadyApplied").asBoolean()).isFalse();
        assertThat(json(again).path("alreadyApplied").asBoolean()).isTrue();
        assertThat(json(again).path("rewardCode").asText()).isEqualTo(json(first).path("rewardCode").asText());
        assertThat(available()).isEqualTo(300);
        assertThat(json(again).path("card").path("points").path("available").asLong()).isEqualTo(300);
    }

    @Test
    void aRedemptionOfTheSameRewardLongAgoIsNotTakenForThisOne() throws Exception {
        // The vendor's activity entries name no order (activityDetail: SAP connector beans, API portal), so an
        // earlier debit of the reward counts as this ticket's only while it is recent.
        assertThat(post("redeem", "{\"email\":\"member@example.com\",\"ticketId\":\"98\",\"rewardId\":\"111\"}").status())
                .isEqualTo(200);
        fixture.time.advance(Duration.ofMinutes(11));

        WidgetResponse later = post("redeem", "{\"email\":\"member@example.com\",\"ticketId\":\"99\",\"rewardId\":\"111\"}");

        assertThat(later.status()).isEqualTo(409);
        assertThat(json(later).path("error").asText()).isEqualTo("reward_not_eligible");
        assertThat(available()).isEqualTo(300);
    }

    @Test
    void redeemingARewardTheMemberCannotAffordIs409AndDebitsNothing() throws Exception {
        WidgetResponse response = post("redeem", "{\"email\":\"member@example.com\",\"ticketId\":\"99\",\"rewardId\":\"113\"}");
        WidgetResponse unknown = post("redeem", "{\"email\":\"member@example.com\",\"ticketId\":\"99\",\"rewardId\":\"999\"}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(json(response).path("error").asText()).isEqualTo("reward_not_eligible");
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(available()).isEqualTo(800);
        assertThat(fixture.sandbox.annexCloud().requests().count("POST", "/points")).isZero();
    }

    @Test
    void theCardListsRecentActivityAndEligibleRewards() {
        bridge.awardGoodwill(com.annexcloud.sdk.bridge.model.GoodwillAward.builder().email(MEMBER).ticketId("7")
                .points(30).reason("late parcel").build());

        LoyaltyCard card = bridge.lookup(MEMBER);

        assertThat(card.partial()).isFalse();
        assertThat(card.recentActivity()).first().satisfies(line -> {
            assertThat(line.points()).contains(new BigDecimal("30"));
            assertThat(line.reason()).contains("late parcel");
        });
        assertThat(card.rewards()).extracting(r -> r.id()).containsExactly("111", "112");
    }

    @Test
    void cardsWithoutExtrasKeepTheWidgetJsonUnchanged() throws Exception {
        LoyaltyBridge plain = LoyaltyBridge.builder().annexCloud(fixture.annex).gorgias(fixture.gorgias).build();

        JsonNode card = Json.mapper().readTree(Json.write(plain.lookup(MEMBER)));

        assertThat(card.has("recentActivity")).isFalse();
        assertThat(card.has("rewards")).isFalse();
        assertThat(fixture.sandbox.annexCloud().requests().count("GET", "/users/.*/(activity|reward)")).isZero();
    }
}
