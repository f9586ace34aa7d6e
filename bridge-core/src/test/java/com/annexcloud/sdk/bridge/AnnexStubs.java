package com.annexcloud.sdk.bridge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.regex.Pattern;

/** WireMock answers shaped like Annex Cloud's, and clients pointed at them, for bridge tests. */
final class AnnexStubs {
    static final String EMAIL = "user@domain.com";
    static final String USER = "{\"id\":\"user@domain.com\",\"email\":\"user@domain.com\",\"firstName\":\"John\","
            + "\"lastName\":\"Doe\",\"optInStatus\":\"YES\",\"status\":\"ACTIVE\",\"phone\":\"\"}";
    static final String POINTS = "{\"id\":\"user@domain.com\",\"availablePoints\":\"6656\",\"usedPoints\":\"600\","
            + "\"expiredPoints\":\"0\",\"lifetimePoints\":\"7256\",\"holdPoints\":1000,\"pointsToExpire\":\"56\","
            + "\"pointsToNextTier\":0,\"pointsToExpireDate\":\"2020-01-30T05:30:00+0000\",\"creditsToCurrencyRatio\":\"1\","
            + "\"creditsToCurrencyValue\":6656}";
    static final String TIER = "{\"currentTier\":\"Silver\",\"previousTier\":\"Bronze\",\"tierAchieveDate\":"
            + "\"2018-04-01T00:00:00-0700\",\"tierExpirationDate\":\"2019-04-01T00:00:00-0700\",\"nextTier\":\"Gold\","
            + "\"PointsToNextTier\":\"120\",\"purchaseRatio\":\"2\",\"spendAmountToNextTier\":\"\"}";
    static final String NOT_FOUND = "{\"errorCode\":\"AC1005\",\"errorMessage\":\"No data found\"}";
    /** The widget JSON the design document shows for this member. */
    static final String CARD = "{\"member\":true,\"email\":\"user@domain.com\",\"name\":\"John Doe\",\"optInStatus\":\"YES\","
            + "\"status\":\"ACTIVE\",\"points\":{\"available\":6656,\"lifetime\":7256,\"used\":600,\"expired\":0,"
            + "\"hold\":1000,\"expiring\":56,\"expiringOn\":\"2020-01-30\",\"currencyValue\":6656},"
            + "\"tier\":{\"current\":\"Silver\",\"previous\":\"Bronze\",\"next\":\"Gold\",\"pointsToNext\":120,"
            + "\"achievedOn\":\"2018-04-01\",\"expiresOn\":\"2019-04-01\"}}";

    private AnnexStubs() {
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static void member(WireMockExtension wm, String email, int delayMillis) {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + email)).willReturn(json(200, USER).withFixedDelay(delayMillis)));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/points/" + email)).willReturn(json(200, POINTS).withFixedDelay(delayMillis)));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + email + "/tiers")).willReturn(json(200, TIER).withFixedDelay(delayMillis)));
    }

    static void nonMember(WireMockExtension wm, String email) {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + email)).willReturn(json(404, NOT_FOUND)));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/points/" + email)).willReturn(json(404, NOT_FOUND)));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + email + "/tiers")).willReturn(json(404, NOT_FOUND)));
    }

    static int requests(WireMockExtension wm) {
        return wm.findAll(WireMock.anyRequestedFor(WireMock.anyUrl())).size();
    }

    /**
     * The requests for {@code email}'s resources only: a test with an email of its own counts none of the late
     * requests an earlier test of the class (sharing the server) may still send under load.
     */
    static int requestsFor(WireMockExtension wm, String email) {
        return wm.findAll(WireMock.anyRequestedFor(WireMock.urlPathMatching(".*/" + Pattern.quote(email) + "(/.*)?")))
                .size();
    }

    static ClientOptions options(HttpTransport transport) {
        var options = ClientOptions.builder()
                .httpVersion(HttpClient.Version.HTTP_1_1)
                .retryPolicy(RetryPolicy.none());
        if (transport != null) {
            options.transport(transport);
        }
        return options.build();
    }

    static AnnexCloudClient annex(WireMockExtension wm, HttpTransport transport) {
        return AnnexCloudClient.builder()
                .baseUri(URI.create(wm.baseUrl() + "/api/3.0"))
                .siteId("123456")
                .secret(Secret.of("test-secret"))
                .options(options(transport))
                .build();
    }

    static GorgiasClient gorgias(WireMockExtension wm) {
        return GorgiasClient.builder()
                .baseUri(URI.create(wm.baseUrl() + "/api"))
                .basicAuth("bot@acme.test", Secret.of("gorgias-key"))
                .options(options(null))
                .build();
    }
}
