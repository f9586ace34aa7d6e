package com.annexcloud.sdk.bridge;

import static com.annexcloud.sdk.bridge.AnnexStubs.EMAIL;
import static com.annexcloud.sdk.bridge.AnnexStubs.json;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the agent actions answer Annex Cloud's refusals and repeats, on answers in the vendor's shape:
 * error bodies {@code {"errorCode":"AC10xx","errorMessage":…}} with the codes of the Loyalty API V3 error
 * table (AC1007 Invalid Parameters, AC1009 Opt out user), rewards as {@code rewardDetail[]} and history as
 * {@code activityDetail[]} with {@code rewardId}/{@code rewardCode} (the official SAP Commerce connector's
 * ACRewardDetails and activity beans). That the history carries the redemption's {@code orderId} is assumed.
 */
class AgentActionStatusesTest {
    private static final String TOKEN = "statuses-token";
    private static final String ORDER = "gorgias-99-reward-111";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final AnnexCloudClient annex = AnnexStubs.annex(wm, null);
    private final GorgiasClient gorgias = AnnexStubs.gorgias(wm);
    private final WidgetEndpoint endpoint = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build()
            .widgetEndpoint(Secret.of(TOKEN));

    @AfterEach
    void close() {
        annex.close();
        gorgias.close();
    }

    private WidgetResponse act(String action, String body) {
        return endpoint.handle(WidgetRequest.builder().method("POST").path("/gorgias/loyalty/" + action)
                .putHeaders("Authorization", List.of("Bearer " + TOKEN)).body(body).build());
    }

    private static JsonNode body(WidgetResponse response) throws Exception {
        return Json.mapper().readTree(response.body());
    }

    private static void rewards(String detail) {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + EMAIL + "/reward"))
                .willReturn(json(200, "{\"id\":\"" + EMAIL + "\",\"rewardDetail\":[" + detail + "]}")));
    }

    @Test
    void anOptedOutMemberIs422NotAnUpstreamFailure() throws Exception {
        AnnexStubs.member(wm, EMAIL, 0);
        wm.stubFor(post(urlPathEqualTo("/api/3.0/points"))
                .willReturn(json(400, "{\"errorCode\":\"AC1009\",\"errorMessage\":\"Opt out user\"}")));

        WidgetResponse response = act("award", "{\"email\":\"" + EMAIL + "\",\"ticketId\":\"7\",\"points\":5}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(body(response).path("error").asText()).isEqualTo("member_opted_out");
    }

    @Test
    void tooFewPointsAfterARaceIs409() throws Exception {
        AnnexStubs.member(wm, EMAIL, 0);
        rewards("{\"rewardId\":\"111\",\"displayText\":\"$5 off\",\"creditRequired\":\"500\",\"eligible\":true}");
        wm.stubFor(post(urlPathEqualTo("/api/3.0/points"))
                .willReturn(json(400, "{\"errorCode\":\"AC1007\",\"errorMessage\":\"Invalid Parameters\"}")));

        WidgetResponse response = act("redeem", "{\"email\":\"" + EMAIL + "\",\"ticketId\":\"99\",\"rewardId\":\"111\"}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(body(response).path("error").asText()).isEqualTo("reward_not_eligible");
    }

    /** The history of the member: one redemption made on ticket 99, with the code Annex Cloud issued. */
    private static void historyWithTheRedemption() {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + EMAIL + "/activity"))
                .withQueryParam("page", WireMock.equalTo("1"))
                .willReturn(json(200, "{\"id\":\"" + EMAIL + "\",\"currentPage\":\"1\",\"pages\":\"1\",\"totalActivityCount\":\"1\","
                        + "\"activityDetail\":[{\"actionId\":\"107\",\"activity\":\"DEBIT\",\"credit\":\"0\",\"debit\":\"500\","
                        + "\"displayText\":\"$5 off\",\"createDate\":\"2026-11-30T10:00:00+0000\",\"expireDate\":\"\","
                        + "\"rewardId\":\"111\",\"rewardCode\":\"AC-5OFF-XY12\",\"orderId\":\"" + ORDER + "\"}]}")));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + EMAIL + "/activity"))
                .withQueryParam("page", WireMock.equalTo("2"))
                .willReturn(json(200, "{\"id\":\"" + EMAIL + "\",\"currentPage\":\"2\",\"pages\":\"1\",\"activityDetail\":[]}")));
    }

    @Test
    void aRepeatedRedemptionAnswersTheOriginalRewardCodeFromTheHistory() throws Exception {
        AnnexStubs.member(wm, EMAIL, 0);
        rewards("");
        historyWithTheRedemption();

        WidgetResponse again = act("redeem", "{\"email\":\"" + EMAIL + "\",\"ticketId\":\"99\",\"rewardId\":\"111\"}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(body(again).path("alreadyApplied").asBoolean()).isTrue();
        assertThat(body(again).path("rewardCode").asText()).isEqualTo("AC-5OFF-XY12");
        wm.verify(0, postRequestedFor(urlPathEqualTo("/api/3.0/points")));
    }

    /** Still affordable, so the debit is sent again: Annex Cloud answers the duplicate order id (AC1010; its HTTP status is not published, 409 assumed). */
    @Test
    void aRepeatAnsweredAsADuplicateOrderAlsoGetsTheOriginalCode() throws Exception {
        AnnexStubs.member(wm, EMAIL, 0);
        rewards("{\"rewardId\":\"111\",\"displayText\":\"$5 off\",\"creditRequired\":\"500\",\"eligible\":true}");
        historyWithTheRedemption();
        wm.stubFor(post(urlPathEqualTo("/api/3.0/points"))
                .willReturn(json(409, "{\"errorCode\":\"AC1010\",\"errorMessage\":\"Duplicate order ID\"}")));

        WidgetResponse again = act("redeem", "{\"email\":\"" + EMAIL + "\",\"ticketId\":\"99\",\"rewardId\":\"111\"}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(body(again).path("alreadyApplied").asBoolean()).isTrue();
        assertThat(body(again).path("rewardCode").asText()).isEqualTo("AC-5OFF-XY12");
    }
}
