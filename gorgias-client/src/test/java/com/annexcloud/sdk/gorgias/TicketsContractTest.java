package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.gorgias.model.Tag;
import com.annexcloud.sdk.gorgias.model.Ticket;
import com.annexcloud.sdk.gorgias.model.TicketPriority;
import com.annexcloud.sdk.gorgias.model.TicketStatus;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tickets resource on the payloads of docs/vendor-facts-agent-workflow.md: the Ticket object (Gorgias ref
 * "The Ticket object"), the bare tag array of {@code GET …/tags} and the 201-empty add (benpalmer1/Gorgias-MCP-Server
 * {@code src/tools/tickets.ts}, withone.ai "Add Tags to a Ticket"), and the {@code priority} partial update
 * (Gorgias ref example; the four values from the MCP server).
 */
class TicketsContractTest extends WireMockClientTest {
    private static final String TAGS = "[{\"id\": 5001, \"name\": \"loyalty-gold\", \"uri\": \"/api/tags/5001/\","
            + " \"decoration\": null, \"description\": null, \"usage\": 1,"
            + " \"created_datetime\": \"2026-01-01T09:00:01.000000+00:00\", \"deleted_datetime\": null}]";

    @Test
    void getReadsTheReferenceTicketAndKeepsWhatItDoesNotModel() {
        wm.stubFor(get("/api/tickets/4001").willReturn(okJson(GorgiasFixture.sampleTicket())));

        Ticket ticket = client.tickets().get(4001);

        assertThat(ticket.id()).isEqualTo(4001L);
        assertThat(ticket.customer().orElseThrow().email()).contains("john@example.com");
        assertThat(ticket.customer().orElseThrow().id()).isEqualTo(3924L);
        assertThat(ticket.tags()).extracting(Tag::name).containsExactly("loyalty-gold");
        assertThat(ticket.tags().get(0).id()).contains(5001L);
        assertThat(ticket.hasTag("loyalty-gold")).isTrue();
        assertThat(ticket.hasTag("Loyalty-Gold")).isFalse(); // tag names are case-sensitive (MCP server)
        assertThat(ticket.priority()).contains(TicketPriority.NORMAL);
        assertThat(ticket.status()).containsSame(TicketStatus.OPEN);
        assertThat(ticket.subject()).contains("Where are my points?");
        assertThat(ticket.createdDatetime()).contains(OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC));
        assertThat(ticket.additionalProperties()).containsKeys("messages", "channel", "uri");
        wm.verify(getRequestedFor(urlEqualTo("/api/tickets/4001")).withHeader("Authorization", equalTo(GorgiasFixture.BASIC)));
    }

    @Test
    void getReadsAnUnknownPriorityAsAnOpenValueAndNullsAsAbsent() {
        wm.stubFor(get("/api/tickets/7").willReturn(okJson(
                "{\"id\": 7, \"priority\": \"urgent\", \"customer\": null, \"status\": \"snoozed\", \"subject\": null,"
                + " \"tags\": [], \"new_field\": 1}")));

        Ticket ticket = client.async().tickets().get(7).join();

        assertThat(ticket.priority()).contains(TicketPriority.of("urgent"));
        assertThat(ticket.priority().orElseThrow().value()).isEqualTo("urgent");
        assertThat(ticket.customer()).isEmpty();
        assertThat(ticket.status()).contains(TicketStatus.of("snoozed"));
        assertThat(ticket.subject()).isEmpty();
        assertThat(ticket.tags()).isEmpty();
        assertThat(ticket.additionalProperties()).containsKey("new_field");
    }

    @Test
    void getOfAnUnknownTicketIsNotFound() {
        wm.stubFor(get("/api/tickets/9").willReturn(notFound().withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"msg\": \"Resource not found.\"}}")));

        assertThatThrownBy(() -> client.tickets().get(9)).isInstanceOf(GorgiasNotFoundException.class);
    }

    @Test
    void tagsReadsTheBareArrayAndToleratesAnEnvelope() {
        wm.stubFor(get("/api/tickets/4001/tags").willReturn(okJson(TAGS)));
        wm.stubFor(get("/api/tickets/4002/tags").willReturn(okJson("{\"object\": \"list\", \"data\": " + TAGS
                + ", \"meta\": {\"next_cursor\": null}}")));

        assertThat(client.tickets().tags(4001)).extracting(Tag::name).containsExactly("loyalty-gold");
        assertThat(client.async().tickets().tags(4002).join()).extracting(Tag::name).containsExactly("loyalty-gold");
        assertThat(client.tickets().tags(4001).get(0).additionalProperties()).containsKeys("usage", "uri");
    }

    @Test
    void addTagsPostsNamesAndAccepts201WithoutABody() {
        wm.stubFor(post("/api/tickets/4001/tags").willReturn(aResponse().withStatus(201)));

        client.tickets().addTags(4001, List.of("loyalty-gold"));
        client.async().tickets().addTags(4001, List.of("vip", "loyalty-gold")).join();

        wm.verify(1, postRequestedFor(urlEqualTo("/api/tickets/4001/tags"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"names\": [\"loyalty-gold\"]}", false, false)));
        wm.verify(1, postRequestedFor(urlEqualTo("/api/tickets/4001/tags"))
                .withRequestBody(equalToJson("{\"names\": [\"vip\", \"loyalty-gold\"]}", false, false)));
    }

    @Test
    void addTagsIsResentAfterAServerErrorBecauseATicketHoldsATagOnce() {
        wm.stubFor(post("/api/tickets/4001/tags").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError()).willSetStateTo("up"));
        wm.stubFor(post("/api/tickets/4001/tags").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201)));

        client.tickets().addTags(4001, List.of("loyalty-gold"));

        wm.verify(2, postRequestedFor(urlEqualTo("/api/tickets/4001/tags")));
    }

    @Test
    void addTagsRefusesBadArgumentsBeforeSending() {
        assertThatThrownBy(() -> client.tickets().addTags(4001, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.tickets().addTags(4001, List.of(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.tickets().addTags(4001, List.of("x".repeat(257))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.async().tickets().addTags(0, List.of("vip"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.tickets().addTags(4001, null)).isInstanceOf(NullPointerException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void setPriorityPutsOnlyThePriorityAndReadsTheTicket() {
        wm.stubFor(put("/api/tickets/4001").willReturn(okJson(GorgiasFixture.sampleTicket().replace("\"normal\"", "\"high\""))));

        Ticket ticket = client.tickets().setPriority(4001, TicketPriority.HIGH);
        client.async().tickets().setPriority(4001, TicketPriority.CRITICAL).join();

        assertThat(ticket.priority()).contains(TicketPriority.HIGH);
        wm.verify(1, putRequestedFor(urlEqualTo("/api/tickets/4001")).withRequestBody(equalToJson("{\"priority\": \"high\"}")));
        wm.verify(1, putRequestedFor(urlEqualTo("/api/tickets/4001")).withRequestBody(equalToJson("{\"priority\": \"critical\"}")));
    }

    @Test
    void priorityValuesAreMatchedWithoutCaseAndBlankIsRefused() {
        assertThat(TicketPriority.of(" High ")).isSameAs(TicketPriority.HIGH);
        assertThat(TicketPriority.of("low")).isSameAs(TicketPriority.LOW);
        assertThatThrownBy(() -> TicketPriority.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TicketStatus.of(" Closed ")).isSameAs(TicketStatus.CLOSED);
        assertThatThrownBy(() -> TicketStatus.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.tickets().setPriority(1, null)).isInstanceOf(NullPointerException.class);
    }
}
