package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.ManualTime;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Raw-HTTP behaviour of a ticket, its tags and {@code /api/tags}. The ticket's shape follows the Ticket
 * object of Gorgias's reference (developers.gorgias.com, "The Ticket object"); the tag operations (POST adds by
 * {@code names}/{@code ids} with 201 and no body, PUT sets with 202, DELETE removes with 204, the list a bare
 * array) and the priority values follow the OpenAPI-derived MCP server benpalmer1/Gorgias-MCP-Server and the
 * spec-derived "Add Tags to a Ticket" page; see docs/vendor-facts-agent-workflow.md.
 */
@ExtendWith(SandboxExtension.class)
@SandboxConfig(sampleData = false)
class GorgiasTicketsTest {
    private final Sandbox sandbox;
    private final GorgiasCalls gorgias;

    GorgiasTicketsTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.gorgias = new GorgiasCalls(sandbox.gorgias());
    }

    private long ticket() {
        return sandbox.gorgias().createTicket("john@example.com", "Where are my points?\nThanks");
    }

    private List<String> tagNames(long ticket) {
        HttpResult tags = gorgias.get("/tickets/" + ticket + "/tags");
        assertThat(tags.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        tags.json().forEach(tag -> names.add(tag.path("name").asText()));
        return names;
    }

    @Test
    void aTicketIsReadInTheShapeOfTheTicketObject() {
        long id = ticket();

        JsonNode ticket = gorgias.get("/tickets/" + id).json();

        assertThat(ticket.path("id").asLong()).isEqualTo(id);
        assertThat(ticket.path("uri").asText()).isEqualTo("/api/tickets/" + id + "/");
        assertThat(ticket.path("status").asText()).isEqualTo("open");
        assertThat(ticket.path("priority").asText()).isEqualTo("normal");
        assertThat(ticket.path("channel").asText()).isEqualTo("email");
        assertThat(ticket.path("subject").asText()).isEqualTo("Where are my points?");
        assertThat(ticket.path("customer").path("email").asText()).isEqualTo("john@example.com");
        assertThat(ticket.path("customer").path("integrations").isObject()).isTrue();
        assertThat(ticket.path("tags")).isEmpty();
        assertThat(ticket.path("messages").get(0).path("body_text").asText()).isEqualTo("Where are my points?\nThanks");
        assertThat(ticket.path("messages").get(0).path("from_agent").asBoolean(true)).isFalse();
        assertThat(ticket.path("created_datetime").asText()).endsWith("+00:00");
        assertThat(sandbox.gorgias().ticket(id)).contains(ticket);
    }

    @Test
    void aTicketFromANewSenderCreatesTheCustomerAndAKnownSenderKeepsTheirs() {
        long first = ticket();
        long second = ticket();

        assertThat(sandbox.gorgias().customers()).singleElement()
                .satisfies(customer -> assertThat(customer.email()).contains("john@example.com"));
        assertThat(gorgias.get("/tickets/" + second).json().path("customer").path("id").asLong())
                .isEqualTo(gorgias.get("/tickets/" + first).json().path("customer").path("id").asLong());
    }

    @Test
    void aNewSendersAbsentNamesAreNull() {
        // absent values are null in the Ticket object (developers.gorgias.com, "The Ticket object")
        JsonNode customer = gorgias.get("/tickets/" + ticket()).json().path("customer");

        assertThat(customer.path("name").isNull()).isTrue();
        assertThat(customer.path("firstname").isNull()).isTrue();
        assertThat(customer.path("lastname").isNull()).isTrue();
    }

    @Test
    void addingATagByNameThreeTimesLeavesItOnce() {
        long id = ticket();

        for (int i = 0; i < 3; i++) {
            HttpResult added = gorgias.send("POST", "/tickets/" + id + "/tags", "{\"names\":[\"loyalty-gold\"]}");
            assertThat(added.status()).isEqualTo(201);
            assertThat(added.body()).isEmpty();
        }

        assertThat(tagNames(id)).containsExactly("loyalty-gold");
        assertThat(gorgias.get("/tickets/" + id).json().path("tags").get(0).path("name").asText()).isEqualTo("loyalty-gold");
    }

    @Test
    void addingKeepsTheOtherTagsAndTagNamesAreCaseSensitive() {
        long id = ticket();
        gorgias.send("POST", "/tickets/" + id + "/tags", "{\"names\":[\"refund\"]}");

        gorgias.send("POST", "/tickets/" + id + "/tags", "{\"names\":[\"loyalty-gold\",\"Loyalty-Gold\"]}");

        assertThat(tagNames(id)).containsExactly("refund", "loyalty-gold", "Loyalty-Gold");
    }

    @Test
    void tagsAreAddedByIdWhenTheyExistAndAnUnknownIdIsRefused() {
        long id = ticket();
        long tag = gorgias.send("POST", "/tags", "{\"name\":\"vip\"}").json().path("id").asLong();

        HttpResult byId = gorgias.send("POST", "/tickets/" + id + "/tags", "{\"ids\":[" + tag + "]}");
        HttpResult unknown = gorgias.send("POST", "/tickets/" + id + "/tags", "{\"ids\":[999999]}");

        assertThat(byId.status()).isEqualTo(201);
        assertThat(tagNames(id)).containsExactly("vip");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("error").path("data").has("ids")).isTrue();
    }

    @Test
    void anAddWithoutNamesOrIdsOrWithBadOnesIsRefused() {
        long id = ticket();

        assertThat(gorgias.send("POST", "/tickets/" + id + "/tags", "{}").status()).isEqualTo(400);
        assertThat(gorgias.send("POST", "/tickets/" + id + "/tags", "{\"names\":\"vip\"}").status()).isEqualTo(400);
        assertThat(gorgias.send("POST", "/tickets/" + id + "/tags", "{\"names\":[\"\"]}").status()).isEqualTo(400);
        assertThat(gorgias.send("POST", "/tickets/" + id + "/tags", "{\"ids\":[\"x\"]}").status()).isEqualTo(400);
        assertThat(tagNames(id)).isEmpty();
    }

    @Test
    void putSetsTheWholeListAndDeleteRemovesOnlyTheNamedTags() {
        long id = ticket();
        gorgias.send("POST", "/tickets/" + id + "/tags", "{\"names\":[\"a\",\"b\"]}");

        HttpResult set = gorgias.send("PUT", "/tickets/" + id + "/tags", "{\"names\":[\"b\",\"c\"]}");
        assertThat(set.status()).isEqualTo(202);
        assertThat(tagNames(id)).containsExactly("b", "c");

        HttpResult removed = gorgias.send("DELETE", "/tickets/" + id + "/tags", "{\"names\":[\"b\",\"never\"]}");
        assertThat(removed.status()).isEqualTo(204);
        assertThat(tagNames(id)).containsExactly("c");

        assertThat(gorgias.send("PUT", "/tickets/" + id + "/tags", "{}").status()).isEqualTo(202);
        assertThat(tagNames(id)).isEmpty();
    }

    @Test
    void putOnTheTicketSetsThePriorityAndItsTagsReplaceThemAll() {
        long id = ticket();
        gorgias.send("POST", "/tickets/" + id + "/tags", "{\"names\":[\"refund\"]}");

        HttpResult updated = gorgias.send("PUT", "/tickets/" + id,
                "{\"priority\":\"high\",\"tags\":[{\"name\":\"loyalty-gold\"}]}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("priority").asText()).isEqualTo("high");
        assertThat(tagNames(id)).containsExactly("loyalty-gold");
        HttpResult bad = gorgias.send("PUT", "/tickets/" + id, "{\"priority\":\"urgent\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").path("data").has("priority")).isTrue();
        assertThat(gorgias.get("/tickets/" + id).json().path("priority").asText()).isEqualTo("high");
    }

    @Test
    void onlyARealChangeMovesUpdatedDatetimeAndClosingSetsClosedDatetime() {
        ManualTime time = ManualTime.create();
        try (Sandbox timed = Sandbox.builder().clock(time.clock()).start()) {
            GorgiasCalls api = new GorgiasCalls(timed.gorgias());
            long id = timed.gorgias().createTicket("john@example.com", "Hello");
            api.send("POST", "/tickets/" + id + "/tags", "{\"names\":[\"loyalty-gold\"]}");
            String tagged = api.get("/tickets/" + id).json().path("updated_datetime").asText();

            time.advance(Duration.ofMinutes(1));
            api.send("POST", "/tickets/" + id + "/tags", "{\"names\":[\"loyalty-gold\"]}");
            assertThat(api.get("/tickets/" + id).json().path("updated_datetime").asText()).isEqualTo(tagged);
            assertThat(api.get("/tickets/" + id).json().path("closed_datetime").isNull()).isTrue();

            JsonNode closed = api.send("PUT", "/tickets/" + id, "{\"status\":\"closed\"}").json();
            assertThat(closed.path("closed_datetime").asText()).isEqualTo(closed.path("updated_datetime").asText())
                    .isNotEqualTo(tagged);
            JsonNode reopened = api.send("PUT", "/tickets/" + id, "{\"status\":\"open\"}").json();
            assertThat(reopened.path("closed_datetime").isNull()).isTrue();
        }
    }

    @Test
    void anUnknownTicketIs404() {
        assertThat(gorgias.get("/tickets/12345").status()).isEqualTo(404);
        assertThat(gorgias.get("/tickets/abc").status()).isEqualTo(404);
        assertThat(gorgias.get("/tickets/12345/tags").status()).isEqualTo(404);
        assertThat(gorgias.send("POST", "/tickets/12345/tags", "{\"names\":[\"x\"]}").status()).isEqualTo(404);
        assertThat(gorgias.send("PUT", "/tickets/12345", "{\"priority\":\"low\"}").status()).isEqualTo(404);
    }

    @Test
    void theAccountsTagsAreListedWithUsageAndANameInUseIsAConflict() {
        long id = ticket();
        gorgias.send("POST", "/tickets/" + id + "/tags", "{\"names\":[\"loyalty-gold\"]}");

        HttpResult duplicate = gorgias.send("POST", "/tags", "{\"name\":\"loyalty-gold\"}");
        HttpResult created = gorgias.send("POST", "/tags", "{\"name\":\"loyalty-silver\"}");
        JsonNode list = gorgias.get("/tags?order_by=created_datetime:asc").json();

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("usage").asInt()).isZero();
        assertThat(list.path("object").asText()).isEqualTo("list");
        assertThat(list.path("data").get(0).path("name").asText()).isEqualTo("loyalty-gold");
        assertThat(list.path("data").get(0).path("usage").asInt()).isEqualTo(1);
        assertThat(list.path("data").get(1).path("name").asText()).isEqualTo("loyalty-silver");
        assertThat(gorgias.send("POST", "/tags", "{}").status()).isEqualTo(400);
    }

    @Test
    void ticketRoutesNeedCredentialsAndCountAgainstTheBudget() {
        long id = ticket();

        HttpResult anonymous = gorgias.send("POST", "/tickets/" + id + "/tags", "{\"names\":[\"x\"]}", null);
        HttpResult read = gorgias.get("/tickets/" + id);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(tagNames(id)).isEmpty();
        assertThat(read.header("X-Gorgias-Account-Api-Call-Limit")).contains("1/40");
    }

    @Test
    void aCustomerMessageIsAddedToTheTicket() {
        long id = ticket();

        sandbox.gorgias().addCustomerMessage(id, "Any news?");

        JsonNode messages = sandbox.gorgias().ticket(id).orElseThrow().path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).path("body_text").asText()).isEqualTo("Any news?");
        assertThatThrownBy(() -> sandbox.gorgias().addCustomerMessage(999, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResetForgetsTicketsAndTags() {
        long id = ticket();
        gorgias.send("POST", "/tickets/" + id + "/tags", "{\"names\":[\"x\"]}");

        sandbox.reset();

        assertThat(sandbox.gorgias().ticket(id)).isEmpty();
        assertThat(gorgias.get("/tags").json().path("data")).isEmpty();
    }
}
