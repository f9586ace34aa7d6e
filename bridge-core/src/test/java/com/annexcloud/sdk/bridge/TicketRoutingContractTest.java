package com.annexcloud.sdk.bridge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.NewTicket;
import com.annexcloud.sdk.bridge.model.RoutingOutcome;
import com.annexcloud.sdk.bridge.model.RoutingOutcome.Reason;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.bridge.model.TicketRouting;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasException;
import com.annexcloud.sdk.gorgias.model.TicketPriority;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What routing reads and writes, on Gorgias's published shapes (docs/vendor-facts-agent-workflow.md): the Ticket
 * object of Gorgias's reference (its customer, {@code tags[]} and {@code priority}), tags added by {@code POST
 * /api/tickets/{id}/tags} {@code {"names": […]}} answered 201 with no body (benpalmer1/Gorgias-MCP-Server, withone.ai
 * "Add Tags to a Ticket"), and the priority's partial {@code PUT /api/tickets/{id}}. The member (tier Silver) is
 * the Annex Cloud user, balance and tier answers of the design document.
 */
class TicketRoutingContractTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String MEMBER = "john@example.com";
    /** The facts file's {@code GET /api/tickets/4001}, trimmed to what routing reads. */
    private static final String TICKET = "{\"id\": 4001, \"uri\": \"/api/tickets/4001/\", \"status\": \"open\","
            + " \"priority\": \"normal\", \"channel\": \"email\", \"via\": \"email\", \"subject\": \"Where are my points?\","
            + " \"customer\": {\"id\": 3924, \"email\": \"john@example.com\", \"name\": \"John Doe\", \"firstname\": \"John\","
            + " \"lastname\": \"Doe\", \"integrations\": {}},"
            + " \"tags\": [{\"id\": 5001, \"name\": \"loyalty-gold\", \"uri\": \"/api/tags/5001/\", \"decoration\": null}],"
            + " \"created_datetime\": \"2026-01-01T09:00:00.000000+00:00\"}";

    private final AnnexCloudClient annex = AnnexStubs.annex(wm, null);
    private final GorgiasClient gorgias = AnnexStubs.gorgias(wm);
    private final LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build();

    @AfterEach
    void close() {
        annex.close();
        gorgias.close();
    }

    private RoutingOutcome route(String email, TicketRouting routing) {
        return Futures.await(bridge.routeTicketAsync(NewTicket.of(4001, email), routing));
    }

    private void ticket(String json) {
        wm.stubFor(get("/api/tickets/4001").willReturn(AnnexStubs.json(200, json)));
        wm.stubFor(post("/api/tickets/4001/tags").willReturn(aResponse().withStatus(201)));
        wm.stubFor(put("/api/tickets/4001").willReturn(AnnexStubs.json(200, json)));
    }

    @Test
    void aMembersTicketGetsItsTierTagAddedByName() {
        AnnexStubs.member(wm, MEMBER, 0);
        ticket(TICKET);

        RoutingOutcome outcome = route(MEMBER, TicketRouting.defaults());

        assertThat(outcome).isEqualTo(RoutingOutcome.builder().tagged(true).tag("loyalty-silver").added(true).build());
        wm.verify(1, postRequestedFor(urlEqualTo("/api/tickets/4001/tags"))
                .withRequestBody(equalToJson("{\"names\": [\"loyalty-silver\"]}")));
        wm.verify(0, putRequestedFor(urlMatching("/api/tickets/.*")));
    }

    @Test
    void aTicketThatHasTheTagAlreadyIsNotWritten() {
        AnnexStubs.member(wm, MEMBER, 0);
        ticket(TICKET);

        RoutingOutcome outcome = route(MEMBER, TicketRouting.builder().putTierTags("Silver", "loyalty-gold").build());

        assertThat(outcome).isEqualTo(RoutingOutcome.builder().tagged(true).tag("loyalty-gold").build());
        wm.verify(0, postRequestedFor(urlMatching("/api/tickets/.*")));
    }

    @Test
    void theTiersPriorityIsSetOnlyOnATicketStillAtNormal() {
        AnnexStubs.member(wm, MEMBER, 0);
        TicketRouting routing = TicketRouting.builder().putTierPriorities("Silver", TicketPriority.HIGH).build();
        ticket(TICKET);

        assertThat(route(MEMBER, routing).priority()).contains(TicketPriority.HIGH);
        wm.verify(1, putRequestedFor(urlEqualTo("/api/tickets/4001")).withRequestBody(equalToJson("{\"priority\": \"high\"}")));

        wm.resetRequests();
        ticket(TICKET.replace("\"normal\"", "\"low\""));
        assertThat(route(MEMBER, routing).priority()).isEmpty(); // an agent or a rule chose "low": left alone
        wm.verify(0, putRequestedFor(urlMatching("/api/tickets/.*")));
    }

    @Test
    void aNonMembersTicketCostsNoGorgiasCall() {
        AnnexStubs.nonMember(wm, MEMBER);

        assertThat(route(MEMBER, TicketRouting.defaults())).isEqualTo(RoutingOutcome.untagged(Reason.NOT_A_MEMBER));
        wm.verify(0, anyRequestedFor(urlMatching("/api/tickets.*")));
    }

    @Test
    void anUnmappedTierIsLeftAloneWhenOnlyMappedTiersAreTagged() {
        AnnexStubs.member(wm, MEMBER, 0);

        RoutingOutcome outcome = route(MEMBER, TicketRouting.builder().putTierTags("Gold", "vip").tagUnmappedTiers(false).build());

        assertThat(outcome.reason()).contains(Reason.TIER_NOT_MAPPED);
        wm.verify(0, anyRequestedFor(urlMatching("/api/tickets.*")));
    }

    @Test
    void aTicketOfAnotherCustomerIsNotWritten() {
        AnnexStubs.member(wm, AnnexStubs.EMAIL, 0);
        ticket(TICKET);

        assertThat(route(AnnexStubs.EMAIL, TicketRouting.defaults())).isEqualTo(RoutingOutcome.untagged(Reason.CUSTOMER_MISMATCH));
        wm.verify(0, postRequestedFor(urlMatching("/api/tickets/.*")));
    }

    /**
     * The Ticket object's {@code customer} (facts file, Gorgias ref "The Ticket object") with its {@code email} null,
     * absent, or no customer at all: not in the published example, so assumed possible (chat and phone tickets) and
     * written defensively: the caller's email cannot be checked against the ticket, so nothing is written.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\"customer\": {\"id\": 3924, \"email\": null, \"name\": \"John Doe\"},", "\"customer\": null,", ""})
    void aTicketWhoseCustomerHasNoEmailIsNeverTagged(String customer) {
        AnnexStubs.member(wm, MEMBER, 0);
        ticket(TICKET.replaceFirst("\"customer\": \\{[^}]*\\{\\}\\},", customer));

        assertThat(route(MEMBER, TicketRouting.builder().putTierPriorities("Silver", TicketPriority.HIGH).build()))
                .isEqualTo(RoutingOutcome.untagged(Reason.CUSTOMER_MISMATCH));
        wm.verify(0, postRequestedFor(urlMatching("/api/tickets/.*")));
        wm.verify(0, putRequestedFor(urlMatching("/api/tickets/.*")));
    }

    @Test
    void anUnknownTicketIsNotFoundAndAGorgiasFailureFailsTheCall() {
        AnnexStubs.member(wm, MEMBER, 0);
        wm.stubFor(get("/api/tickets/4001").willReturn(AnnexStubs.json(404, "{\"error\": {\"msg\": \"Resource not found.\"}}")));
        assertThat(route(MEMBER, TicketRouting.defaults())).isEqualTo(RoutingOutcome.untagged(Reason.TICKET_NOT_FOUND));

        wm.stubFor(get("/api/tickets/4001").willReturn(AnnexStubs.json(500, "{\"error\": {\"msg\": \"An external service had an issue.\"}}")));
        assertThatThrownBy(() -> route(MEMBER, TicketRouting.defaults())).isInstanceOf(GorgiasException.class);
    }

    @Test
    void routingNeverEnrolsEvenWhenLookupsDo() {
        AnnexStubs.nonMember(wm, MEMBER);
        LoyaltyBridge enrolling = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).enrolment(Enrolment.IMPLICIT).build();

        RoutingOutcome outcome = Futures.await(enrolling.routeTicketAsync(NewTicket.of(4001, MEMBER), TicketRouting.defaults()));

        assertThat(outcome.reason()).contains(Reason.NOT_A_MEMBER);
        wm.verify(0, postRequestedFor(urlMatching("/api/3.0/users.*")));
    }

    /** Under implicit enrolment routing reads a cached card instead of asking Annex Cloud again, and still never enrols. */
    @Test
    void underImplicitEnrolmentRoutingUsesTheCachedCard() {
        AnnexStubs.member(wm, MEMBER, 0);
        ticket(TICKET);
        LoyaltyBridge enrolling = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).enrolment(Enrolment.IMPLICIT)
                .cache(Duration.ofMinutes(5), 100).build();
        enrolling.lookup(TicketCustomer.of(MEMBER));
        wm.resetRequests();

        RoutingOutcome outcome = Futures.await(enrolling.routeTicketAsync(NewTicket.of(4001, MEMBER), TicketRouting.defaults()));

        assertThat(outcome.tag()).contains("loyalty-silver");
        wm.verify(0, anyRequestedFor(urlMatching("/api/3.0/.*")));
    }

    @Test
    void aBadEmailIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> bridge.routeTicketAsync(NewTicket.of(4001, "not-an-email"), TicketRouting.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AnnexStubs.requests(wm)).isZero();
    }
}
