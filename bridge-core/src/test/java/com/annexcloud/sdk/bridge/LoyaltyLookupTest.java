package com.annexcloud.sdk.bridge;

import static com.annexcloud.sdk.bridge.AnnexStubs.EMAIL;
import static com.annexcloud.sdk.bridge.AnnexStubs.json;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.loyalty.AnnexCloudException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoyaltyLookupTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final StubbedClients clients = new StubbedClients(wm);

    @AfterEach
    void close() {
        clients.close();
    }

    private LoyaltyBridge.Builder bridge() {
        return clients.bridge();
    }

    private static JsonNode tree(LoyaltyCard card) throws Exception {
        return Json.mapper().readTree(Json.write(card));
    }

    @Test
    void memberCardIsExactlyTheWidgetJsonOfTheDesign() throws Exception {
        AnnexStubs.member(wm, EMAIL, 0);

        LoyaltyCard card = bridge().build().lookup(EMAIL);

        assertThat(tree(card)).isEqualTo(Json.mapper().readTree(AnnexStubs.CARD));
        assertThat(Json.mapper().readTree(card.toJson())).isEqualTo(Json.mapper().readTree(AnnexStubs.CARD));
        assertThat(card.partial()).isFalse();
    }

    @Test
    void decimalPrecisionPointsReachTheCardJsonExactly() {
        // A site with decimal precision sends points as decimal strings (the API portal: the type of
        // pointsToNextTier depends on the site's precision; the SAP connector's beans hold every points
        // figure as a String). Whole values keep no fraction, fractions are never rounded.
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + EMAIL)).willReturn(json(200, AnnexStubs.USER)));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/points/" + EMAIL)).willReturn(json(200,
                "{\"availablePoints\":\"1250.75\",\"lifetimePoints\":\"6656.00\",\"usedPoints\":\"\","
                        + "\"holdPoints\":120.5,\"expiredPoints\":1000,\"pointsToExpire\":\"7561\","
                        + "\"creditsToCurrencyValue\":\"12.5075E2\"}")));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + EMAIL + "/tiers")).willReturn(json(200,
                "{\"currentTier\":\"Silver\",\"PointsToNextTier\":\"120.50\"}")));

        String card = bridge().build().lookup(EMAIL).toJson();

        assertThat(card).contains("\"points\":{\"available\":1250.75,\"lifetime\":6656,\"expired\":1000,"
                + "\"hold\":120.5,\"expiring\":7561,\"currencyValue\":1250.75}");
        assertThat(card).contains("\"pointsToNext\":120.5").doesNotContain("E+", "E2", "\"used\"");
    }

    @Test
    void theThreeUpstreamRequestsAreInFlightAtOnce() {
        AnnexStubs.member(wm, EMAIL, 400);

        bridge().build().lookup(EMAIL);

        assertThat(clients.transport.most()).isEqualTo(3);
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/3.0/users/" + EMAIL)));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/3.0/points/" + EMAIL)));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/3.0/users/" + EMAIL + "/tiers")));
    }

    @Test
    void nonMemberIsACardNotAnError() throws Exception {
        AnnexStubs.nonMember(wm, "nina@example.com");

        LoyaltyCard card = bridge().build().lookup("nina@example.com");

        assertThat(tree(card)).isEqualTo(Json.mapper().readTree("{\"member\":false,\"email\":\"nina@example.com\"}"));
    }

    @Test
    void failedPointsSectionGivesAPartialCardWithTheTier() throws Exception {
        AnnexStubs.member(wm, EMAIL, 0);
        wm.stubFor(get(urlPathEqualTo("/api/3.0/points/" + EMAIL)).willReturn(json(500, "{}")));

        LoyaltyCard card = bridge().build().lookup(EMAIL);

        assertThat(card.partial()).isTrue();
        assertThat(card.points()).isEmpty();
        assertThat(card.tier().flatMap(t -> t.current())).contains("Silver");
        assertThat(tree(card).path("_partial").asBoolean()).isTrue();
    }

    @Test
    void tierSectionMissingItsDeadlineIsLeftOut() {
        AnnexStubs.member(wm, EMAIL, 0);
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + EMAIL + "/tiers"))
                .willReturn(json(200, AnnexStubs.TIER).withFixedDelay(3_000)));

        LoyaltyCard card = bridge().sectionTimeout(Duration.ofMillis(200)).build().lookup(EMAIL);

        assertThat(card.partial()).isTrue();
        assertThat(card.tier()).isEmpty();
        assertThat(card.points().flatMap(p -> p.available())).contains(new BigDecimal("6656"));
    }

    @Test
    void failedUserCallFailsTheLookup() {
        AnnexStubs.member(wm, EMAIL, 0);
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + EMAIL)).willReturn(json(503, "{}")));

        assertThatThrownBy(() -> bridge().build().lookup(EMAIL)).isInstanceOf(AnnexCloudException.class);
    }

    @Test
    void invalidEmailIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> bridge().build().lookup("not-an-email"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@");
        assertThat(AnnexStubs.requests(wm)).isZero();
    }

    @Test
    void implicitEnrolmentCreatesAndOptsInTheCustomerWithTheirNames() {
        String email = "new@example.com";
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + email)).inScenario("enrol")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(json(404, AnnexStubs.NOT_FOUND)));
        wm.stubFor(post(urlPathEqualTo("/api/3.0/users")).inScenario("enrol")
                .willReturn(json(200, "{\"id\":\"new@example.com\",\"optInStatus\":\"YES\"}")).willSetStateTo("member"));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + email)).inScenario("enrol").whenScenarioStateIs("member")
                .willReturn(json(200, "{\"id\":\"new@example.com\",\"email\":\"new@example.com\",\"firstName\":\"Ann\","
                        + "\"lastName\":\"Lee\",\"optInStatus\":\"YES\",\"status\":\"ACTIVE\"}")));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/points/" + email)).willReturn(json(200, "{\"availablePoints\":\"0\"}")));
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/" + email + "/tiers")).willReturn(json(200, "{\"currentTier\":\"Bronze\"}")));

        LoyaltyCard card = bridge().enrolment(Enrolment.IMPLICIT).build().lookup(TicketCustomer.builder()
                .email(email).firstName("Ann").lastName("Lee").build());

        assertThat(card.member()).isTrue();
        assertThat(card.name()).contains("Ann Lee");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/users")).withRequestBody(equalToJson(
                "{\"id\":\"new@example.com\",\"email\":\"new@example.com\",\"firstName\":\"Ann\",\"lastName\":\"Lee\","
                        + "\"optInStatus\":\"YES\"}", true, true)));
    }

    @Test
    void explicitEnrolmentNeverCreates() {
        AnnexStubs.nonMember(wm, "nina@example.com");

        bridge().enrolment(Enrolment.EXPLICIT).build().lookup("nina@example.com");

        wm.verify(0, postRequestedFor(urlPathEqualTo("/api/3.0/users")));
    }

    @Test
    void hundredConcurrentLookupsOfOneEmailMakeThreeUpstreamRequests() {
        AnnexStubs.member(wm, EMAIL, 300);
        LoyaltyBridge bridge = bridge().build();

        List<CompletableFuture<LoyaltyCard>> lookups = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lookups.add(bridge.lookupAsync(TicketCustomer.of(i % 2 == 0 ? EMAIL : EMAIL.toUpperCase())));
        }
        List<LoyaltyCard> cards = lookups.stream().map(CompletableFuture::join).toList();

        assertThat(AnnexStubs.requests(wm)).isEqualTo(3);
        assertThat(cards).allSatisfy(card -> assertThat(card.points()).isEqualTo(cards.get(0).points()));
    }

    @Test
    void oneCallerCancellingItsLookupLeavesTheOthersUntouched() {
        AnnexStubs.member(wm, EMAIL, 300);
        LoyaltyBridge bridge = bridge().build();

        CompletableFuture<LoyaltyCard> impatient = bridge.lookupAsync(TicketCustomer.of(EMAIL));
        CompletableFuture<LoyaltyCard> patient = bridge.lookupAsync(TicketCustomer.of(EMAIL));
        impatient.cancel(true);

        assertThat(patient.join().member()).isTrue();
        assertThat(AnnexStubs.requests(wm)).isEqualTo(3);
    }

    @Test
    void cachedCardIsServedUntilItExpiresOrIsInvalidated() {
        String email = "cached@domain.com";
        AnnexStubs.member(wm, email, 0);
        ManualTime time = ManualTime.create();
        LoyaltyBridge bridge = bridge().cache(Duration.ofMinutes(1), 100).clock(time.clock()).build();

        bridge.lookup(email);
        bridge.lookup(email);
        assertThat(AnnexStubs.requestsFor(wm, email)).isEqualTo(3);

        bridge.invalidate(email);
        bridge.lookup(email);
        assertThat(AnnexStubs.requestsFor(wm, email)).isEqualTo(6);

        time.advance(Duration.ofMinutes(1));
        bridge.lookup(email);
        assertThat(AnnexStubs.requestsFor(wm, email)).isEqualTo(9);
    }

    @Test
    void theCacheListenerHearsEachHitAndMissOnlyWhileTheCacheIsOn() {
        AnnexStubs.member(wm, EMAIL, 0);
        List<Boolean> cached = new CopyOnWriteArrayList<>();
        LoyaltyBridge bridge = bridge().cache(Duration.ofMinutes(1), 100).cacheListener(cached::add).build();
        List<Boolean> uncached = new CopyOnWriteArrayList<>();
        LoyaltyBridge noCache = bridge().cacheListener(uncached::add).build();

        bridge.lookup(EMAIL);
        bridge.lookup(EMAIL);
        bridge.invalidate(EMAIL);
        bridge.lookup(EMAIL);
        noCache.lookup(EMAIL);

        assertThat(cached).containsExactly(false, true, false);
        assertThat(uncached).isEmpty();
    }

    @Test
    void aFailingCacheListenerDoesNotFailTheLookup() {
        AnnexStubs.member(wm, EMAIL, 0);
        LoyaltyBridge bridge = bridge().cache(Duration.ofMinutes(1), 100).cacheListener(hit -> {
            throw new IllegalStateException("metrics backend down");
        }).build();

        LoyaltyCard miss = bridge.lookup(EMAIL);
        LoyaltyCard hit = bridge.lookup(EMAIL);

        assertThat(miss.member()).isTrue();
        assertThat(hit).isEqualTo(miss);
    }

    @Test
    void partialCardsAreNotCached() {
        AnnexStubs.member(wm, EMAIL, 0);
        wm.stubFor(get(urlPathEqualTo("/api/3.0/points/" + EMAIL)).willReturn(json(500, "{}")));
        LoyaltyBridge bridge = bridge().cache(Duration.ofMinutes(1), 100).build();

        bridge.lookup(EMAIL);
        bridge.lookup(EMAIL);

        // Both lookups went upstream (a cached card would have made it one).
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/3.0/users/" + EMAIL)));
    }

    @Test
    void builderNamesTheMissingClient() {
        assertThatThrownBy(() -> LoyaltyBridge.builder().gorgias(clients.gorgias).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("annexCloud");
        assertThatThrownBy(() -> LoyaltyBridge.builder().annexCloud(clients.annex).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("gorgias");
    }
}
