package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a ticket as the Ticket object of Gorgias's reference does: integer ids, {@code null} for absent
 * values, microsecond datetimes, the customer with {@code integrations} keyed by integration id (as strings),
 * tags as {@code {id, name, uri, decoration}} and the messages.
 */
final class TicketViews {
    /** The fields of Gorgias's TicketHttpIntegration object that the ticket view also has. */
    private static final List<String> HTTP_INTEGRATION_FIELDS = List.of("id", "external_id", "status", "channel", "via",
            "spam", "from_agent", "subject", "meta", "language", "created_datetime", "opened_datetime",
            "last_message_datetime", "last_received_message_datetime", "updated_datetime", "closed_datetime",
            "snooze_datetime", "trashed_datetime", "tags", "customer");

    private TicketViews() {
    }

    static ObjectNode ticket(TicketBook.Ticket t, Optional<SandboxCustomer> customer, ArrayNode tags,
                             Map<Long, JsonNode> integrations) {
        TicketBook.Message last = t.messages.get(t.messages.size() - 1);
        ObjectNode json = JsonBody.MAPPER.createObjectNode().put("id", t.id).put("uri", "/api/tickets/" + t.id + "/");
        json.putNull("external_id");
        json.put("status", t.status).put("priority", t.priority).put("channel", "email").put("via", "email")
                .put("from_agent", false).put("spam", false);
        ObjectNode shownCustomer = json.putObject("customer").put("id", t.customerId);
        shownCustomer.put("email", customer.flatMap(SandboxCustomer::email).orElse(null))
                .put("name", customer.flatMap(SandboxCustomer::name).orElse(null))
                .put("firstname", customer.flatMap(SandboxCustomer::firstname).orElse(null))
                .put("lastname", customer.flatMap(SandboxCustomer::lastname).orElse(null));
        ObjectNode data = shownCustomer.putObject("integrations");
        integrations.forEach((id, answer) -> data.set(Long.toString(id), answer.deepCopy()));
        json.putNull("assignee_user");
        json.putNull("assignee_team");
        json.putNull("language");
        json.put("subject", t.subject);
        json.putNull("meta");
        json.set("tags", tags);
        ArrayNode messages = json.putArray("messages");
        t.messages.forEach(m -> {
            ObjectNode message = messages.addObject().put("id", m.id()).put("ticket_id", t.id).put("channel", "email")
                    .put("via", "email").put("from_agent", m.fromAgent()).put("public", true);
            message.putObject("sender").put("id", t.customerId)
                    .put("email", customer.flatMap(SandboxCustomer::email).orElse(null))
                    .put("name", customer.flatMap(SandboxCustomer::name).orElse(null));
            message.put("body_text", m.bodyText()).put("created_datetime", Timestamps.gorgias(m.created()));
        });
        json.put("created_datetime", Timestamps.gorgias(t.created));
        json.putNull("opened_datetime");
        json.put("last_message_datetime", Timestamps.gorgias(last.created()))
                .put("last_received_message_datetime", Timestamps.gorgias(last.created()))
                .put("updated_datetime", Timestamps.gorgias(t.updated));
        json.put("closed_datetime", t.closed == null ? null : Timestamps.gorgias(t.closed));
        json.putNull("snooze_datetime");
        json.putNull("trashed_datetime");
        return json;
    }

    /**
     * What an HTTP integration's templates see as {@code ticket}: the TicketHttpIntegration object of Gorgias's
     * reference ({@code customer_id}, {@code assignee_user_id} and {@code assignee_team_id} in place of the
     * objects, no messages) plus {@code customer} as the ticket shows it.
     */
    static ObjectNode httpIntegrationContext(ObjectNode ticket) {
        ObjectNode context = JsonBody.MAPPER.createObjectNode();
        HTTP_INTEGRATION_FIELDS.forEach(field -> context.set(field, ticket.get(field).deepCopy()));
        context.set("customer_id", ticket.path("customer").get("id").deepCopy());
        context.putNull("assignee_user_id");
        context.putNull("assignee_team_id");
        context.putNull("custom_fields");
        return context;
    }
}
